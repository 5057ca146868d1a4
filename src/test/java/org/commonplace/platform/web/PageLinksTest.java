package org.commonplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A query value written into a link by EL goes through {@code links.query(...)}: a raw "patient
 * engagement" puts a space into the URL, which is invalid HTML and breaks on some clients.
 */
@DisplayName("Links written in the pages")
class PageLinksTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  /** A query parameter whose value is an EL expression not starting with links.query( */
  private static final Pattern RAW_QUERY_VALUE =
      Pattern.compile("href=\"[^\"]*(?:\\?|&amp;|&)[\\w.-]+=#\\{(?!links\\.query\\()[^\"]*\"");

  @Test
  void shouldEncodeEveryQueryValueTheyComputeWithLinksQuery() throws IOException {
    List<String> raw = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
          Matcher link = RAW_QUERY_VALUE.matcher(lines.get(i));
          while (link.find()) {
            raw.add(PAGES.relativize(page) + ":" + (i + 1) + ": " + link.group());
          }
        }
      }
    }
    assertThat(raw).isEmpty();
  }

  @Test
  void shouldRecogniseARawQueryValueAndAcceptAnEncodedOne() {
    assertThat(RAW_QUERY_VALUE.matcher("<a href=\"/members/index.xhtml?expertise=#{e}\">").find())
        .isTrue();
    assertThat(
            RAW_QUERY_VALUE
                .matcher("<a href=\"/x.xhtml?id=#{links.query(s.id)}&amp;tag=#{t}\">")
                .find())
        .isTrue();
    assertThat(
            RAW_QUERY_VALUE
                .matcher("<a href=\"#{request.contextPath}/x.xhtml?id=#{links.query(s.id)}\">")
                .find())
        .isFalse();
  }
}
