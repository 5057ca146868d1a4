package org.commonplace.lesson.control;

import java.util.List;
import java.util.Map;
import org.commonplace.lesson.entity.Lesson;

/**
 * One page of the lessons library: the lessons (without their texts of action, history and log),
 * how many match in all, and per facet how many matching lessons have each value.
 */
public record LibraryPage(List<Lesson> lessons, long total, Map<String, Map<String, Long>> facets) {

  public LibraryPage {
    lessons = List.copyOf(lessons);
    facets = Map.copyOf(facets);
  }
}
