package org.commonplace.search.entity;

/** What a rebuild of the search index did. */
public record RebuildReport(String index, long storiesCopied, int storiesCaughtUp, long millis) {}
