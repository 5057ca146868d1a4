package org.commonplace.discussion.entity;

/** A category of a network's forum: its slug (kept once made), its name and what belongs in it. */
public record Category(String id, String name, String description) {}
