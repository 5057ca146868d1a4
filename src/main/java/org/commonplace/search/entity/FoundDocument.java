package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * What a search reads back of any kind's document: the fields a hit shows. Fields a kind does not
 * have (a narrative's tags, a story's state, the thread of anything but a reply) are read as
 * absent.
 */
public record FoundDocument(
    String id,
    String kind,
    String title,
    String summary,
    List<String> tags,
    String state,
    String author,
    String organisation,
    String network,
    Instant created,
    String threadId,
    String threadTitle) {}
