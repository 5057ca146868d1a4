package org.commonplace.narrative.entity;

/**
 * One of the shared aims a network's narrative names. Its id is a slug made when the aim is first
 * written and kept through every later version, so stories and lessons that say they advance it
 * stay linked when its wording changes.
 */
public record Aim(String id, String title, String description) {

  public Aim {
    description = description == null ? "" : description;
  }
}
