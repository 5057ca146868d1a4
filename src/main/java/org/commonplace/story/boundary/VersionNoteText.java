package org.commonplace.story.boundary;

import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.VersionNote;

/**
 * A kept version's note in the reader's words: "restored from version 3", "evidence confirmed: run
 * chart with signal", "withdrawn"; nothing for a teller's plain edit.
 */
final class VersionNoteText {

  private VersionNoteText() {}

  static String of(String stored, Locale locale) {
    return VersionNote.parse(stored).map(note -> words(note, locale)).orElse("");
  }

  private static String words(VersionNote note, Locale locale) {
    if (note instanceof VersionNote.Restored restored) {
      return Messages.text(locale, "story.note.restored", Long.toString(restored.from()));
    }
    if (note instanceof VersionNote.EvidenceConfirmed confirmed) {
      String level = Messages.text(locale, "evidenceLevel." + confirmed.level().name());
      return Messages.text(locale, "story.note.evidence", level);
    }
    if (note instanceof VersionNote.Withdrawn) {
      return Messages.text(locale, "story.note.withdrawn");
    }
    return note.stored();
  }
}
