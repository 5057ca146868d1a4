package org.commonplace.search.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * The search glossary as an admin last saved it: its text (see {@link Glossary}), who saved it and
 * when. One record for the whole portal; until an admin saves one, the content folder's {@code
 * glossary.txt} is the glossary.
 */
public record GlossaryText(String id, String text, String changedBy, Instant changed) {

  public static final String ENTITY = "SearchGlossary";
  public static final String THE_ID = "glossary";
  public static final RecordKind<GlossaryText> KIND =
      RecordKind.of(ENTITY, GlossaryText.class, "search-glossary:");

  /** The longest glossary text saved: a few thousand lines of terms. */
  public static final int MAX_CHARS = 200_000;
}
