package org.commonplace.story.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.Lineage;
import org.commonplace.story.entity.SpreadEntry;

/**
 * A story's lineage as a small SVG drawn on the server: the originals and the story left to right,
 * the stories adapted from it stacked in a column on the right, arrows in the direction ideas
 * travelled. It is an image with a title and a description in words; the list beside it is the
 * accessible form with the links, so the drawing holds no links of its own.
 */
public final class SpreadDiagram {

  static final int BOX_WIDTH = 200;
  static final int BOX_HEIGHT = 48;
  static final int COLUMN_GAP = 40;
  static final int ROW_GAP = 12;
  static final int MARGIN = 4;
  static final int LABEL_MAX = 28;

  private SpreadDiagram() {}

  /** The drawing, or "" when the story neither came from nor spread to any story shown. */
  public static String svg(Lineage lineage, Locale locale) {
    if (lineage.isEmpty()) {
      return "";
    }
    List<SpreadEntry> chain = new ArrayList<>(lineage.adaptedFrom());
    chain.add(lineage.story());
    int adaptations = lineage.adaptations().size();
    int columns = chain.size() + (adaptations == 0 ? 0 : 1);
    int rows = Math.max(1, adaptations);
    int width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
    int height = MARGIN * 2 + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
    StringBuilder out = new StringBuilder(2048);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spread-diagram\" role=\"img\"")
        .append(" aria-labelledby=\"spread-diagram-title spread-diagram-desc\"")
        .append(" width=\"" + width + "\" height=\"" + height + "\"")
        .append(" viewBox=\"0 0 " + width + " " + height + "\">\n");
    out.append("<title id=\"spread-diagram-title\">")
        .append(escape(Messages.text(locale, "spread.diagram.title", lineage.story().title())))
        .append("</title>\n");
    out.append("<desc id=\"spread-diagram-desc\">")
        .append(escape(description(lineage, locale)))
        .append("</desc>\n");
    out.append("<defs><marker id=\"spread-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
    int middle = MARGIN + (height - 2 * MARGIN - BOX_HEIGHT) / 2;
    for (int i = 0; i < chain.size(); i++) {
      int x = MARGIN + i * (BOX_WIDTH + COLUMN_GAP);
      box(out, chain.get(i), x, middle, i == chain.size() - 1);
      if (i > 0) {
        arrow(out, x - COLUMN_GAP, middle + BOX_HEIGHT / 2, x, middle + BOX_HEIGHT / 2);
      }
    }
    int from = MARGIN + (chain.size() - 1) * (BOX_WIDTH + COLUMN_GAP) + BOX_WIDTH;
    for (int j = 0; j < adaptations; j++) {
      int y = MARGIN + j * (BOX_HEIGHT + ROW_GAP);
      box(out, lineage.adaptations().get(j), from + COLUMN_GAP, y, false);
      arrow(out, from, middle + BOX_HEIGHT / 2, from + COLUMN_GAP, y + BOX_HEIGHT / 2);
    }
    return out.append("</svg>").toString();
  }

  /** The drawing in words: what it came from and what it spread to, with their networks. */
  static String description(Lineage lineage, Locale locale) {
    String origins =
        lineage.adaptedFrom().isEmpty()
            ? Messages.text(locale, "spread.diagram.noOrigin")
            : String.join("; ", lineage.adaptedFrom().stream().map(SpreadDiagram::named).toList());
    String spread =
        lineage.adaptations().isEmpty()
            ? Messages.text(locale, "spread.diagram.noAdaptation")
            : String.join("; ", lineage.adaptations().stream().map(SpreadDiagram::named).toList());
    return Messages.text(locale, "spread.diagram.desc", origins, spread);
  }

  private static String named(SpreadEntry entry) {
    return "\u201c" + entry.title() + "\u201d (" + entry.network() + ")";
  }

  private static void box(StringBuilder out, SpreadEntry entry, int x, int y, boolean here) {
    out.append("<g class=\"spread-node")
        .append(here ? " spread-node--here" : "")
        .append("\"><rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + BOX_WIDTH + "\"")
        .append(" height=\"" + BOX_HEIGHT + "\" rx=\"4\"/>")
        .append("<text x=\"" + (x + 8) + "\" y=\"" + (y + 20) + "\">")
        .append(escape(shortened(entry.title())))
        .append("</text><text class=\"spread-node__network\" x=\"" + (x + 8) + "\"")
        .append(" y=\"" + (y + 38) + "\">")
        .append(escape(shortened(entry.network())))
        .append("</text></g>\n");
  }

  private static void arrow(StringBuilder out, int x1, int y1, int x2, int y2) {
    out.append("<line class=\"spread-arrow\" x1=\"" + x1 + "\" y1=\"" + y1 + "\"")
        .append(" x2=\"" + x2 + "\" y2=\"" + y2 + "\" marker-end=\"url(#spread-arrow)\"/>\n");
  }

  /** A label that fits its box: cut at a word when it is longer, with an ellipsis. */
  static String shortened(String text) {
    String label = text == null ? "" : text.strip();
    if (label.length() <= LABEL_MAX) {
      return label;
    }
    String cut = label.substring(0, LABEL_MAX - 1);
    int space = cut.lastIndexOf(' ');
    return (space > LABEL_MAX / 2 ? cut.substring(0, space) : cut).stripTrailing() + "\u2026";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
