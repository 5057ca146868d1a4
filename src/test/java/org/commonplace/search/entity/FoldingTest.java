package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void shouldDropAccentsAndCaseBothWays() {
    assertThat(Folding.fold("Équipe de soins à domicile")).isEqualTo("equipe de soins a domicile");
    assertThat(Folding.fold("equipe")).isEqualTo(Folding.fold("équipe"));
    assertThat(Folding.fold("PEÉA")).isEqualTo("peea");
  }

  @Test
  void shouldSplitElisionsSoTheWordStandsAlone() {
    assertThat(Folding.fold("L'équipe d’urgence")).isEqualTo("l equipe d urgence");
  }

  @Test
  void shouldFoldLettersThatCarryNoCombiningMark() {
    assertThat(Folding.fold("Œuvre cœur Æsop straße Øresund Łódź"))
        .isEqualTo("oeuvre coeur aesop strasse oresund lodz");
  }

  @Test
  void shouldLeaveScriptsWithoutAccentsReadable() {
    assertThat(Folding.fold("医疗 한국어 رعاية 🩺")).isEqualTo("医疗 한국어 رعاية 🩺");
  }

  @Test
  void shouldFoldNothingToNothing() {
    assertThat(Folding.fold(null)).isEmpty();
    assertThat(Folding.fold("")).isEmpty();
  }
}
