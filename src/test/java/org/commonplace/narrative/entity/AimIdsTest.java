package org.commonplace.narrative.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ids of a narrative's aims")
class AimIdsTest {

  @Test
  void shouldMakeASlugOfANewAimsTitleWithoutAccents() {
    assertThat(AimIds.assign(List.of(new Aim(null, "Accès aux soins : d'abord!", "")), Set.of()))
        .extracting(Aim::id)
        .containsExactly("acces-aux-soins-d-abord");
  }

  @Test
  void shouldKeepTheIdAnAimAlreadyHasWhenItsTitleChanges() {
    List<Aim> aims =
        AimIds.assign(List.of(new Aim("fewer-falls", "Half as many falls", "")), Set.of());

    assertThat(aims).containsExactly(new Aim("fewer-falls", "Half as many falls", ""));
  }

  @Test
  void shouldNotGiveANewAimAnIdTheNarrativeAlreadyUses() {
    List<Aim> aims =
        AimIds.assign(
            List.of(new Aim(null, "Fewer falls", ""), new Aim(null, "Fewer falls", "")),
            Set.of("fewer-falls"));

    assertThat(aims).extracting(Aim::id).containsExactly("fewer-falls-2", "fewer-falls-3");
  }

  @Test
  void shouldGiveAnotherIdToTheSecondOfTwoAimsSentWithTheSameId() {
    List<Aim> aims =
        AimIds.assign(
            List.of(new Aim("trust", "Trust", ""), new Aim("trust", "More trust", "")), Set.of());

    assertThat(aims).extracting(Aim::id).containsExactly("trust", "more-trust");
  }

  @Test
  void shouldKeepSlugsShortAndNeverEmpty() {
    String longTitle = "word ".repeat(40);

    assertThat(AimIds.slugOf(longTitle)).hasSizeLessThanOrEqualTo(AimIds.MAX_SLUG);
    assertThat(AimIds.isSlug(AimIds.slugOf(longTitle))).isTrue();
    assertThat(AimIds.slugOf("!!!")).isEqualTo("aim");
  }

  @Test
  void shouldStripTitlesAndDescriptions() {
    assertThat(AimIds.assign(List.of(new Aim(null, " Trust ", " why ")), Set.of()))
        .containsExactly(new Aim("trust", "Trust", "why"));
  }
}
