package org.commonplace.lesson.entity;

/** Who does something to a lesson: a member's id and the name shown beside what they did. */
public record Actor(String id, String name) {

  public Actor {
    name = name == null ? "" : name;
  }
}
