package org.commonplace.content.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one imported story file: {@code imported}, or {@code skipped} as present. */
@Schema(name = "StoryImported", description = "What became of one imported story file")
public record StoryImported(String id, String outcome) {}
