package org.commonplace.search.entity;

/** A kind (story, lesson, narrative) and how many matches are of that kind. */
public record KindCount(String kind, long count) {}
