package org.commonplace.content.entity;

/** What became of one imported story file: {@code imported}, or {@code skipped} as present. */
public record StoryImported(String id, String outcome) {}
