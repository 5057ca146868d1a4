package org.commonplace.content.entity;

import java.util.List;

/** The id of every story the portal holds, to export them one by one. */
public record StoryIds(List<String> ids) {}
