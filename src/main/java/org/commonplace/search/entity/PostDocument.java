package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * A discussion post as the search index holds it: a thread (its title, its opening post as plain
 * text, its tags) or a reply (no title of its own, so that a word of the thread's title finds the
 * thread and not each of its replies; the thread's title is kept unsearched for the hit to show,
 * and the thread's id for the hit's link). Only posts shown to everyone who may read the thread are
 * projected; held, hidden and deleted ones leave a retired document.
 */
public record PostDocument(
    String id,
    String kind,
    String title,
    String body,
    List<String> tags,
    String language,
    String author,
    String organisation,
    String network,
    String networkId,
    String authorId,
    String threadId,
    String threadTitle,
    Instant created,
    Instant updated)
    implements SearchDocument {}
