package org.commonplace.narrative.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.story.entity.Language;

/**
 * A network's shared narrative: why it exists, its shared aims, its values and how its partners
 * work together, in Markdown, with the aims as named items. One per network; its id is the
 * network's id. Every save is a new version: the record's own version number, each kept by the
 * revision store with this value (who saved it, when, and the change note).
 */
public record Narrative(
    String id,
    String networkId,
    String title,
    String text,
    List<Aim> aims,
    String changeNote,
    String savedBy,
    String savedByName,
    Instant savedAt,
    Language language,
    Instant created) {

  /** Narratives are projected into search. */
  public static final RecordKind<Narrative> KIND =
      RecordKind.projected("Narrative", Narrative.class);

  public Narrative {
    text = text == null ? "" : text;
    aims = aims == null ? List.of() : List.copyOf(aims);
    changeNote = changeNote == null ? "" : changeNote;
    language = language == null ? Language.EN : language;
  }
}
