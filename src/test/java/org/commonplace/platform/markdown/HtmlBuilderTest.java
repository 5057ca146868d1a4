package org.commonplace.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlBuilderTest {

  @Test
  void shouldEscapeAttributesAndTextButNotSanitisedHtml() {
    HtmlBuilder html = new HtmlBuilder();
    html.startElement("a");
    html.writeAttribute("href", "/t?id=1&page=2\"");
    html.writeText("<Gwen> & 'co'");
    html.endElement("a");
    html.raw("<p>already <em>safe</em></p>");

    assertThat(html)
        .hasToString(
            "<a href=\"/t?id=1&amp;page=2&#34;\">&lt;Gwen&gt; &amp; &#39;co&#39;</a>"
                + "<p>already <em>safe</em></p>");
  }

  @Test
  void shouldCloseVoidElementsInTheirStartTagAndOthersWithAnEndTag() {
    HtmlBuilder html = new HtmlBuilder();
    html.startElement("form");
    html.startElement("input");
    html.writeAttribute("type", "hidden");
    html.endElement("input");
    html.startElement("span");
    html.endElement("span");
    html.endElement("form");

    assertThat(html).hasToString("<form><input type=\"hidden\" /><span></span></form>");
  }
}
