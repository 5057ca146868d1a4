package org.commonplace.runchart.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

  @Test
  void shouldWriteNumbersToOneDecimalWithAPoint() {
    assertThat(SvgWriter.number(12.34)).isEqualTo("12.3");
    assertThat(SvgWriter.number(12.36)).isEqualTo("12.4");
    assertThat(SvgWriter.number(7)).isEqualTo("7.0");
    assertThat(SvgWriter.number(0.04)).isEqualTo("0.0");
    assertThat(SvgWriter.number(-0.36)).isEqualTo("-0.4");
    assertThat(SvgWriter.number(-12.34)).isEqualTo("-12.3");
  }

  @Test
  void shouldEscapeMarkupInTextAndAttributes() {
    String written =
        new SvgWriter().text("text", "<b>&'\"</b>", "data-x", "a\"b<c").toString().strip();

    assertThat(written)
        .isEqualTo("<text data-x=\"a&quot;b&lt;c\">&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;</text>");
  }
}
