package org.commonplace.runchart.control;

/**
 * Writes SVG elements with escaped text and attributes and numbers to one decimal, so that a label
 * typed by a member (a PDSA cycle's, a measure's name) can never break the markup.
 */
final class SvgWriter {

  private final StringBuilder out = new StringBuilder(8192);

  /** An opening tag; attributes as name, value pairs. */
  SvgWriter open(String name, Object... attributes) {
    start(name, attributes);
    out.append(">\n");
    return this;
  }

  SvgWriter close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  SvgWriter empty(String name, Object... attributes) {
    start(name, attributes);
    out.append("/>\n");
    return this;
  }

  SvgWriter text(String name, String text, Object... attributes) {
    start(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  SvgWriter line(double x1, double y1, double x2, double y2, Object... style) {
    return empty("line", ChartStyle.with(style, "x1", x1, "y1", y1, "x2", x2, "y2", y2));
  }

  SvgWriter rect(double x, double y, double width, double height, Object... style) {
    return empty("rect", ChartStyle.with(style, "x", x, "y", y, "width", width, "height", height));
  }

  SvgWriter circle(double cx, double cy, double r, Object... style) {
    return empty("circle", ChartStyle.with(style, "cx", cx, "cy", cy, "r", r));
  }

  SvgWriter path(String d, Object... style) {
    return empty("path", ChartStyle.with(style, "d", d));
  }

  /** A text element at a point. */
  SvgWriter label(String text, double x, double y, Object... style) {
    return text("text", text, ChartStyle.with(style, "x", x, "y", y));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * A coordinate to one decimal, by arithmetic: {@code String.format} took most of the time of a
   * chart of 10,000 points.
   */
  static String number(double value) {
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    long magnitude = Math.abs(tenths);
    return sign + magnitude / 10 + "." + magnitude % 10;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c < ' ' && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  private void start(String name, Object[] attributes) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      String text = value instanceof Double d ? number(d) : escape(String.valueOf(value));
      out.append(' ').append(attributes[i]).append("=\"").append(text).append('"');
    }
  }
}
