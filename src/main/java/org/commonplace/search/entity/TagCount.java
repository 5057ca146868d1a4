package org.commonplace.search.entity;

/** A tag and how many matching stories carry it. */
public record TagCount(String tag, long count) {}
