package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The note kept with a version: written and read in one format. */
class VersionNoteTest {

  @Nested
  @DisplayName("when written")
  class Written {

    @Test
    void shouldStoreARestoreWithTheVersionItCameFrom() {
      assertThat(VersionNote.restored(3).stored()).isEqualTo("restored:3");
    }

    @Test
    void shouldStoreAConfirmedEvidenceLevelByItsName() {
      assertThat(VersionNote.evidence(EvidenceLevel.RUN_CHART_WITH_SIGNAL).stored())
          .isEqualTo("evidence:RUN_CHART_WITH_SIGNAL");
    }

    @Test
    void shouldStoreAWithdrawalAsOneWord() {
      assertThat(VersionNote.withdrawn().stored()).isEqualTo("withdrawn");
    }
  }

  @Nested
  @DisplayName("when read back")
  class Read {

    @Test
    void shouldReadWhatItWrote() {
      assertThat(VersionNote.parse("restored:12")).contains(new VersionNote.Restored(12));
      assertThat(VersionNote.parse("withdrawn")).contains(new VersionNote.Withdrawn());
    }

    @ParameterizedTest
    @EnumSource(EvidenceLevel.class)
    void shouldReadEveryEvidenceLevel(EvidenceLevel level) {
      assertThat(VersionNote.parse(VersionNote.evidence(level).stored()))
          .contains(new VersionNote.EvidenceConfirmed(level));
    }

    @Test
    void shouldHaveNoNoteForAPlainEdit() {
      assertThat(VersionNote.parse(null)).isEmpty();
      assertThat(VersionNote.parse("  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"restored:three", "evidence:STRONG", "merged:4", "restored:"})
    void shouldKeepANoteItDoesNotKnowAsItIs(String stored) {
      assertThat(VersionNote.parse(stored)).contains(new VersionNote.Other(stored));
    }
  }
}
