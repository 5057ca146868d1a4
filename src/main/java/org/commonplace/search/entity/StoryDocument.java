package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * A story as the search index holds it: the record projected for searching, with the body as plain
 * text so that Markdown syntax neither matches nor shows in snippets. The body holds every section
 * of the outline (or the old one-text body), the PDSA cycles' notes, the organisations involved and
 * the measures' names, so a search finds a word wherever the story says it. Only published stories
 * are projected; the network id lets a search show each member only what they may read.
 */
public record StoryDocument(
    String id,
    String kind,
    String title,
    String summary,
    String body,
    List<String> tags,
    List<String> themes,
    String stage,
    String evidenceLevel,
    String language,
    String author,
    String organisation,
    String network,
    String networkId,
    String authorId,
    Instant created,
    Instant updated)
    implements SearchDocument {}
