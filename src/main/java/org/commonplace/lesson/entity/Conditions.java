package org.commonplace.lesson.entity;

/**
 * Where a lesson applies: the setting (a ward, a community clinic, a city-wide partnership), the
 * population it concerns and the scale it was seen at. Each is a short plain text, possibly empty.
 */
public record Conditions(String setting, String population, String scale) {

  public static final Conditions NONE = new Conditions("", "", "");

  public Conditions {
    setting = setting == null ? "" : setting;
    population = population == null ? "" : population;
    scale = scale == null ? "" : scale;
  }
}
