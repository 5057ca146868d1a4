package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * The glossary as the API shows it: the text searches apply, its entries as read, who saved it and
 * when (null for the content folder's glossary, which nobody has saved yet) and its version (0
 * then).
 */
public record GlossaryView(
    String text, List<List<String>> entries, String changedBy, Instant changed, long version) {

  public static GlossaryView of(String text, GlossaryText saved, long version) {
    List<List<String>> entries =
        Glossary.parse(text).entries().stream().map(Glossary.Entry::terms).toList();
    return new GlossaryView(
        text,
        entries,
        saved == null ? null : saved.changedBy(),
        saved == null ? null : saved.changed(),
        version);
  }
}
