package org.commonplace.search.entity;

/**
 * What a rebuild of the search index did: how many records it copied (retired ones included: drafts
 * and deleted records, which stay unfindable), and how many pending changes it projected after
 * switching to the new index.
 */
public record RebuildReport(String index, long recordsCopied, int caughtUp, long millis) {}
