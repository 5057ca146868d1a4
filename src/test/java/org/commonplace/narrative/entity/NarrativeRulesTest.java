package org.commonplace.narrative.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The rules of a narrative version")
class NarrativeRulesTest {

  private static NarrativeDraft draft(String title, String text) {
    NarrativeDraft draft = new NarrativeDraft();
    draft.setTitle(title);
    draft.setText(text);
    return draft;
  }

  private static List<String> keys(NarrativeDraft draft) {
    return NarrativeRules.violationsOf(draft).stream().map(Violation::messageKey).toList();
  }

  @Nested
  @DisplayName("for its title and text")
  class TitleAndText {

    @Test
    void shouldAcceptATitledTextWithoutAims() {
      assertThat(NarrativeRules.violationsOf(draft("Why we exist", "We work together."))).isEmpty();
    }

    @Test
    void shouldRequireATitle() {
      assertThat(keys(draft("  ", "text"))).containsExactly("narrative.title.required");
    }

    @Test
    void shouldRejectATitleLongerThan200Chars() {
      assertThat(keys(draft("t".repeat(201), ""))).containsExactly("narrative.title.tooLong");
    }

    @Test
    void shouldRefuseAOneMegabyteTextNamingBothSizes() {
      String megabyte = "word ".repeat(1_048_576 / 5);

      List<Violation> broken = NarrativeRules.violationsOf(draft("Title", megabyte));

      assertThat(broken).hasSize(1);
      assertThat(broken.get(0).field()).isEqualTo("text");
      assertThat(broken.get(0).messageKey()).isEqualTo("narrative.text.tooLong");
      assertThat(broken.get(0).arguments()).containsExactly(200_000, megabyte.length());
    }

    @Test
    void shouldAcceptATextOfExactly200000Chars() {
      assertThat(keys(draft("Title", "x".repeat(200_000)))).isEmpty();
    }

    @Test
    void shouldRejectAChangeNoteLongerThan300Chars() {
      NarrativeDraft draft = draft("Title", "");
      draft.setChangeNote("n".repeat(301));

      assertThat(keys(draft)).containsExactly("narrative.changeNote.tooLong");
    }
  }

  @Nested
  @DisplayName("for its aims")
  class Aims {

    @Test
    void shouldRejectMoreThanTwentyAims() {
      NarrativeDraft draft = draft("Title", "");
      draft.setAims(Collections.nCopies(21, new Aim(null, "An aim", "")));

      assertThat(keys(draft)).containsExactly("narrative.aims.tooMany");
    }

    @Test
    void shouldRequireEachAimToHaveATitleAndNameTheAimInTheField() {
      NarrativeDraft draft = draft("Title", "");
      draft.setAims(List.of(new Aim(null, "Fine", ""), new Aim(null, " ", "")));

      assertThat(NarrativeRules.violationsOf(draft))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("aims[1].title", "narrative.aim.title.required"));
    }

    @Test
    void shouldRejectLongAimTitlesAndDescriptions() {
      NarrativeDraft draft = draft("Title", "");
      draft.setAims(List.of(new Aim(null, "t".repeat(201), "d".repeat(1_001))));

      assertThat(keys(draft))
          .containsExactly("narrative.aim.title.tooLong", "narrative.aim.description.tooLong");
    }

    @Test
    void shouldRejectAnAimIdThatIsNoSlug() {
      NarrativeDraft draft = draft("Title", "");
      draft.setAims(List.of(new Aim("Not A Slug!", "Aim", "")));

      assertThat(keys(draft)).containsExactly("narrative.aim.id.invalid");
    }
  }
}
