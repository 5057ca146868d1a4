package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every finding the guard can make has words for the author, in every bundle there is. */
class IdentifierMessagesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/org/commonplace");

  @Test
  void shouldHaveWordsForEveryKindAndEveryProvincesScheme() throws IOException {
    List<String> keys = new ArrayList<>();
    for (IdentifierKind kind : IdentifierKind.values()) {
      keys.add(new IdentifierFinding(kind, 0, 0, "").messageKey());
    }
    for (Province province : Province.values()) {
      keys.add(
          new IdentifierFinding(IdentifierKind.HEALTH_CARD_NUMBER, 0, 0, "", Optional.of(province))
              .messageKey());
    }
    keys.add("identifier.prompt");

    try (var files = Files.list(BUNDLES)) {
      List<Path> bundles =
          files.filter(f -> f.getFileName().toString().matches("messages.*\\.properties")).toList();
      assertThat(bundles).isNotEmpty();
      for (Path bundle : bundles) {
        assertThat(load(bundle).stringPropertyNames()).as(bundle.toString()).containsAll(keys);
      }
    }
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
