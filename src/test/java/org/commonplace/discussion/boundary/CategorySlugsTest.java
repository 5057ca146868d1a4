package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The id a new forum category gets from its name")
class CategorySlugsTest {

  @Test
  void shouldUseLowerCaseWordsJoinedByHyphens() {
    assertThat(CategorySlugs.slug("Discharge planning & flow", Set.of()))
        .isEqualTo("discharge-planning-flow");
  }

  @Test
  void shouldFoldAccentsSoAFrenchNameGivesAPlainAddress() {
    assertThat(CategorySlugs.slug("Accès aux soins à domicile", Set.of()))
        .isEqualTo("acces-aux-soins-a-domicile");
  }

  @Test
  void shouldAddANumberWhenTheIdIsTaken() {
    assertThat(CategorySlugs.slug("General", Set.of("general", "general-2")))
        .isEqualTo("general-3");
  }

  @Test
  void shouldCutALongNameAtFortyCharactersWithoutATrailingHyphen() {
    String slug =
        CategorySlugs.slug("Partnership synergy and the benefits each partner perceives", Set.of());

    assertThat(slug).hasSizeLessThanOrEqualTo(CategorySlugs.MAX_LENGTH).doesNotEndWith("-");
    assertThat(slug).startsWith("partnership-synergy-and-the-benefits");
  }

  @Test
  void shouldFallBackToAWordWhenTheNameHasNoLetterOrDigit() {
    assertThat(CategorySlugs.slug("★ ★", Set.of())).isEqualTo("category");
  }
}
