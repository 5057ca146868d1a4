package org.commonplace.story.entity;

import java.time.Instant;

/** Who took a story out of lists and search, when, and why in their words. */
public record Withdrawal(String by, Instant at, String reason) {}
