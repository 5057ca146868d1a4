package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * A lesson learned as the search index holds it: the statement as its title (so it weighs like a
 * story's title), the conditions in which it applies as its summary, what to do and the validation
 * note as plain text. Every state is projected, retired lessons included: {@code state} lets a hit
 * say a lesson is retired rather than hide that it once held.
 */
public record LessonDocument(
    String id,
    String kind,
    String title,
    String summary,
    String body,
    List<String> themes,
    List<String> roles,
    String state,
    String evidenceLevel,
    String language,
    String author,
    String network,
    String networkId,
    String authorId,
    Instant created,
    Instant updated)
    implements SearchDocument {}
