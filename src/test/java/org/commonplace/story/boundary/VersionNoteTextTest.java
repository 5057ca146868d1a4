package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.EvidenceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A kept version's note in a reader's words, from the message bundle. */
class VersionNoteTextTest {

  private static final Locale EN = Locale.ENGLISH;

  @Test
  void shouldSayWhichVersionARestoreCameFrom() {
    assertThat(VersionNoteText.of("restored:3", EN)).isEqualTo("restored from version 3");
  }

  @Test
  void shouldNameTheConfirmedEvidenceLevelInWords() {
    assertThat(VersionNoteText.of("evidence:RUN_CHART_WITH_SIGNAL", EN))
        .isEqualTo("evidence confirmed: Run chart with signal");
  }

  @Test
  void shouldSayWithdrawn() {
    assertThat(VersionNoteText.of("withdrawn", EN)).isEqualTo("withdrawn");
  }

  @Test
  void shouldSayNothingForAPlainEdit() {
    assertThat(VersionNoteText.of(null, EN)).isEmpty();
  }

  @Test
  void shouldShowANoteItDoesNotKnowAsStored() {
    assertThat(VersionNoteText.of("merged:4", EN)).isEqualTo("merged:4");
  }

  @Test
  void shouldWriteALargeVersionNumberWithoutGrouping() {
    assertThat(VersionNoteText.of("restored:12345", EN)).isEqualTo("restored from version 12345");
  }

  @ParameterizedTest
  @EnumSource(EvidenceLevel.class)
  void shouldHaveWordsForEveryEvidenceLevel(EvidenceLevel level) {
    String key = "evidenceLevel." + level.name();
    assertThat(Messages.text(EN, key)).isNotEqualTo(key).isNotBlank();
  }
}
