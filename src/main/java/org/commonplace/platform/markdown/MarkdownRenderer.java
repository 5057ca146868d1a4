package org.commonplace.platform.markdown;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
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

  /**
   * Rendered texts, by the Markdown they came from: a page of twenty replies is read far more often
   * than it is written, and rendering and sanitising was a tenth of the thread page's time. The
   * rendering is a pure function of the text, so nothing is ever stale; the cache is bounded by
   * characters held (about 32 MB at most).
   */
  private final Cache<String, String> rendered =
      Caffeine.newBuilder()
          .maximumWeight(16_000_000)
          .weigher((String markdown, String safe) -> markdown.length() + safe.length())
          .build();

  public String toSafeHtml(String markdown) {
    return rendered.get(markdown == null ? "" : markdown, this::render);
  }

  private String render(String markdown) {
    return POLICY.sanitize(html.render(parser.parse(markdown)));
  }

  public String toPlainText(String markdown) {
    return text.render(parser.parse(markdown == null ? "" : markdown)).strip();
  }
}
