package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * One matching story. {@code titleHtml} and {@code snippetsHtml} are escaped HTML in which only the
 * {@code <mark>} elements around matched words are markup.
 */
public record SearchHit(
    String id,
    String titleHtml,
    List<String> snippetsHtml,
    List<String> tags,
    String author,
    String organisation,
    String network,
    Instant created) {}
