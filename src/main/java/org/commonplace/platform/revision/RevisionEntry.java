package org.commonplace.platform.revision;

import java.time.Instant;

/** A line of a record's history: what a reader sees before opening a version. */
public record RevisionEntry(long number, String savedBy, Instant savedAt, String note) {}
