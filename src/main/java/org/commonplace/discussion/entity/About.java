package org.commonplace.discussion.entity;

/** The case story or lesson a thread discusses; shown on that story's or lesson's page. */
public record About(AboutKind kind, String recordId) {}
