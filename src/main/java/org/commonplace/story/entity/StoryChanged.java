package org.commonplace.story.entity;

/**
 * A story's record changed (created, edited or deleted). Fired after the change is durable and
 * journalled, so an observer that fails can rely on the journal to be asked again.
 */
public record StoryChanged(String storyId) {}
