package org.commonplace.search.entity;

import java.time.Instant;

/**
 * A network's shared narrative as the search index holds it: its current version's title, and its
 * text and aims as plain text. Its id is the network's id, as the record's is.
 */
public record NarrativeDocument(
    String id,
    String kind,
    String title,
    String body,
    String language,
    String author,
    String network,
    String networkId,
    String authorId,
    Instant created,
    Instant updated)
    implements SearchDocument {}
