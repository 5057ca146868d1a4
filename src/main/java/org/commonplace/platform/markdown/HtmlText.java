package org.commonplace.platform.markdown;

/** Escapes text for HTML, for the few places that build markup around members' words. */
public final class HtmlText {

  private HtmlText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeOnto(text, out);
    return out.toString();
  }

  /** The text escaped onto the end of what is being built (nothing for null). */
  public static void escapeOnto(String text, StringBuilder out) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
