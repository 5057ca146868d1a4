package org.commonplace.story.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The themes facilitators code stories into: the typical barriers of improvement networks, and the
 * three ideas from the research that keep a network going. A closed set, so that stories from
 * different networks can be compared theme by theme.
 */
public enum Theme {
  POWER_DYNAMICS,
  TRUST,
  INERTIA,
  ORGANISATIONAL_SILOS,
  PRESSURE_FOR_QUICK_WINS,
  DATA_AND_MEASUREMENT,
  PATIENT_ENGAGEMENT,
  LEADERSHIP_COMMITMENT,
  FUNDING,
  PARTNERSHIP_SYNERGY,
  SHARED_NARRATIVE,
  DISTRIBUTED_LEADERSHIP;

  /** The words of a content file: {@code power dynamics}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public static Optional<Theme> ofLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
  }
}
