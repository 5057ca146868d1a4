package org.commonplace.platform.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns members' Markdown into HTML that is safe to show to other members, and into plain text for
 * the search index (which has no html_strip filter on this distribution). Two layers on purpose:
 * commonmark escapes raw HTML and unsafe URLs, and the OWASP policy removes whatever slips through,
 * so a renderer bug alone cannot open a hole.
 */
@ApplicationScoped
public class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .toFactory())
          .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer html =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
  private final TextContentRenderer text =
      TextContentRenderer.builder()
          .extensions(EXTENSIONS)
          .nodeRendererFactory(LinkTextOnly::new)
          .build();

  public String toSafeHtml(String markdown) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    return POLICY.sanitize(html.render(document));
  }

  public String toPlainText(String markdown) {
    return text.render(parser.parse(markdown == null ? "" : markdown)).strip();
  }
}
