package org.commonplace.platform.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @Nested
  @DisplayName("when a title becomes a slug")
  class Slug {

    @Test
    void shouldDropAccentsAndPunctuation() {
      assertThat(Ids.slug("Café à l'Hôpital : Ça marche !"))
          .isEqualTo("cafe-a-l-hopital-ca-marche");
    }

    @Test
    void shouldTurnRunsOfSeparatorsIntoOneHyphenWithoutHyphensAtTheEnds() {
      assertThat(Ids.slug("  --Same   week__appointments!!  ")).isEqualTo("same-week-appointments");
    }

    @Test
    void shouldCapTheSlugAt60CharsWithoutATrailingHyphen() {
      String slug = Ids.slug("a".repeat(59) + " bbbbbbbbbb");

      assertThat(slug).isEqualTo("a".repeat(59));
    }

    @Test
    void shouldCutALongTitleWithin60Chars() {
      String slug = Ids.slug("word ".repeat(40));

      // the first 60 chars end with a hyphen, which goes
      assertThat(slug).isEqualTo("word-".repeat(11) + "word").hasSize(59);
    }

    @Test
    void shouldGiveAnEmptySlugForNull() {
      assertThat(Ids.slug(null)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a new id is made")
  class NewId {

    @Test
    void shouldStartWithTheSlugAndEndWithASixCharRandomSuffix() {
      String id = Ids.newId("Café à l'hôpital", "story");

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(id).matches("cafe-a-l-hopital-[a-z2-9]{6}");
            softly.assertThat(Ids.isWellFormed(id)).isTrue();
          });
    }

    @Test
    void shouldFallBackToStoryWhenTheTitleHasNoLettersOrDigits() {
      assertThat(Ids.newId("!!! ???", "story")).matches("story-[a-z2-9]{6}");
    }

    @Test
    void shouldBeWellFormedForTheLongestTitle() {
      assertThat(Ids.isWellFormed(Ids.newId("x".repeat(500), "story"))).isTrue();
    }

    @Test
    void shouldBeUniqueForTheSameTitle() {
      Set<String> ids = new HashSet<>();
      IntStream.range(0, 2_000).forEach(i -> ids.add(Ids.newId("Same title", "story")));

      assertThat(ids).hasSize(2_000);
    }
  }

  @Nested
  @DisplayName("when an id from a URL is checked")
  class WellFormed {

    @Test
    void shouldAcceptASlugWithDigitsAndHyphens() {
      assertThat(Ids.isWellFormed("access-partnership-synergy-2017")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "../etc",
          "..",
          "Story-A",
          "story-change:x",
          "-leading-hyphen",
          "has space",
          "a/b",
          "caf\u00e9"
        })
    void shouldRejectAnythingThatCannotBeAnId(String id) {
      assertThat(Ids.isWellFormed(id)).isFalse();
    }

    @Test
    void shouldRejectIdsLongerThan121Chars() {
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(Ids.isWellFormed("a".repeat(121))).isTrue();
            softly.assertThat(Ids.isWellFormed("a".repeat(122))).isFalse();
          });
    }
  }
}
