package org.commonplace.runchart.entity;

/**
 * Which way a shift or a trend goes: a shift lies above or below the median, a trend goes up or
 * down.
 */
public enum Direction {
  ABOVE,
  BELOW,
  UP,
  DOWN;

  /** The name in the API. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
