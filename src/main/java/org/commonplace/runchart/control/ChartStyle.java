package org.commonplace.runchart.control;

import java.util.Arrays;

/**
 * How the chart's marks look, in one place, so that the legend draws exactly what the chart draws.
 * Everything is in shades of grey: shapes and dashes, not colours, tell the marks apart.
 */
final class ChartStyle {

  static final String INK = "#222222";

  static final Object[] AXIS = {"stroke", INK};
  static final Object[] GRID = {"stroke", "#d9d9d9"};
  static final Object[] SERIES = {"fill", "none", "stroke", INK, "stroke-width", "1.5"};
  static final Object[] MEDIAN = {"stroke", INK, "stroke-width", "1.5", "stroke-dasharray", "8 5"};
  static final Object[] CYCLE = {"stroke", "#555555", "stroke-dasharray", "2 3"};

  /** An ordinary point: an open circle. */
  static final Object[] POINT = {"fill", "#ffffff", "stroke", INK, "stroke-width", "1.5"};

  /** A point in a shift: a filled square. */
  static final Object[] SHIFT_POINT = {"fill", INK};

  /** A point in a trend: an open triangle around it. */
  static final Object[] TREND_POINT = SERIES;

  static final double POINT_RADIUS = 3.5;
  static final double SQUARE = 9;

  private ChartStyle() {}

  /** The style's attributes after the given ones. */
  static Object[] with(Object[] style, Object... attributes) {
    Object[] all = Arrays.copyOf(attributes, attributes.length + style.length);
    System.arraycopy(style, 0, all, attributes.length, style.length);
    return all;
  }

  /** A triangle around a point, pointing up or down. */
  static String triangle(double x, double y, boolean up) {
    double tip = up ? y - 9 : y + 9;
    double base = up ? y + 5.5 : y - 5.5;
    return "M"
        + SvgWriter.number(x)
        + ","
        + SvgWriter.number(tip)
        + " L"
        + SvgWriter.number(x + 8)
        + ","
        + SvgWriter.number(base)
        + " L"
        + SvgWriter.number(x - 8)
        + ","
        + SvgWriter.number(base)
        + " Z";
  }
}
