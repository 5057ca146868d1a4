package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.commonplace.story.entity.Section;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The headings of a comparison, from the fields a story's texts are typed in. */
class FieldHeadingTest {

  private static final Locale EN = Locale.ENGLISH;

  @Nested
  @DisplayName("for the story's own texts")
  class OwnTexts {

    @ParameterizedTest
    @CsvSource({"title,Title", "summary,Summary", "body,The story’s text", "tags,Tags"})
    void shouldNameThemInWords(String field, String heading) {
      assertThat(FieldHeading.of(field, EN)).isEqualTo(heading);
    }

    @Test
    void shouldNameASectionAsItsHeading() {
      assertThat(FieldHeading.of("outline.didNotWork", EN)).isEqualTo("What did not work");
    }

    @ParameterizedTest
    @EnumSource(Section.class)
    void shouldHaveAHeadingForEverySection(Section section) {
      assertThat(FieldHeading.of("outline." + section.key(), EN))
          .doesNotStartWith("section.")
          .isNotBlank();
    }
  }

  @Nested
  @DisplayName("for parts in a list")
  class Listed {

    @ParameterizedTest
    @CsvSource({
      "cycles[1].study,PDSA cycle 2: study",
      "cycles[0].change,PDSA cycle 1: change tested",
      "cycles[2].prediction,PDSA cycle 3: prediction",
      "cycles[0].did,PDSA cycle 1: what happened",
      "measures[0].name,Measure 1: name",
      "organisations[3].contribution,Organisation 4: what it contributed"
    })
    void shouldCountFromOneAndNameThePart(String field, String heading) {
      assertThat(FieldHeading.of(field, EN)).isEqualTo(heading);
    }
  }

  @Test
  void shouldShowAFieldItDoesNotKnowAsTyped() {
    assertThat(FieldHeading.of("sponsor", EN)).isEqualTo("sponsor");
  }
}
