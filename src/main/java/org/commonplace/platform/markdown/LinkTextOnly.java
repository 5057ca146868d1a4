package org.commonplace.platform.markdown;

import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;

/**
 * Renders a link or image as its words only. commonmark's plain-text renderer appends the URL in
 * brackets, which would put addresses and stray quotes into the search index and its snippets.
 */
final class LinkTextOnly implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  LinkTextOnly(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Link.class, Image.class);
  }

  @Override
  public void render(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
  }
}
