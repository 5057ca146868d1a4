package org.commonplace.platform.markdown;

import java.util.Set;

/**
 * Just enough of an HTML writer for markup built in Java where a page writes many copies of it (the
 * posts of a thread page): elements, attributes and text escaped by {@link HtmlText}, sanitised
 * HTML as it is. The method names are those of Faces' response writer, so code moves between the
 * two unchanged.
 */
public final class HtmlBuilder {

  /** Void elements, closed as Faces closes them. */
  private static final Set<String> VOID = Set.of("input", "br", "hr", "img", "meta", "link");

  private final StringBuilder out = new StringBuilder(2048);
  private boolean open;

  public void startElement(String name) {
    close();
    out.append('<').append(name);
    open = true;
  }

  public void writeAttribute(String name, String value) {
    out.append(' ').append(name).append("=\"");
    HtmlText.escapeOnto(value, out);
    out.append('"');
  }

  public void writeText(String text) {
    close();
    HtmlText.escapeOnto(text, out);
  }

  /** HTML that is already safe: sanitised members' text, or fixed punctuation. */
  public void raw(String html) {
    close();
    out.append(html);
  }

  public void endElement(String name) {
    if (open && VOID.contains(name)) {
      out.append(" />");
      open = false;
      return;
    }
    close();
    out.append("</").append(name).append('>');
  }

  private void close() {
    if (open) {
      out.append('>');
      open = false;
    }
  }

  @Override
  public String toString() {
    close();
    return out.toString();
  }
}
