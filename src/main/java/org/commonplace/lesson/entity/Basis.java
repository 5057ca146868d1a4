package org.commonplace.lesson.entity;

/**
 * One piece of what a lesson is based on. {@code recordId} is the story's id (for a story and for
 * one of its PDSA cycles) or the thread's; {@code cycle} is the cycle's 1-based number, for {@link
 * BasisKind#CYCLE} only. {@code title} is the story's or thread's title when the link was made, so
 * a lesson still reads well when its source is withdrawn or unreadable to the reader.
 */
public record Basis(BasisKind kind, String recordId, Integer cycle, String title) {}
