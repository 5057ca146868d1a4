package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * A story as the search index holds it: the record projected for searching, with the body as plain
 * text so that Markdown syntax neither matches nor shows in snippets. Only published stories are
 * projected; the network id lets a search show each member only what they may read.
 */
public record StoryDocument(
    String id,
    String kind,
    String title,
    String summary,
    String body,
    List<String> tags,
    String author,
    String organisation,
    String network,
    String networkId,
    String authorId,
    Instant created,
    Instant updated)
    implements SearchDocument {}
