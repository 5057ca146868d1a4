package org.commonplace.narrative.entity;

import java.util.List;

/**
 * One aim of a narrative with the published stories and standing lessons of its network that say
 * they advance it; an aim with neither is shown as such, so a network sees where it is not working.
 */
public record AimWork(Aim aim, List<WorkLink> stories, List<WorkLink> lessons) {

  public AimWork {
    stories = List.copyOf(stories);
    lessons = List.copyOf(lessons);
  }

  public boolean hasWork() {
    return !stories.isEmpty() || !lessons.isEmpty();
  }

  /** A story or lesson by its id and the words a reader knows it by. */
  public record WorkLink(String id, String title) {}
}
