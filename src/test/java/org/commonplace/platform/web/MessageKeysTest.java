package org.commonplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the bundle: a page or rule naming a key the bundle lacks
 * would show the bare key. This reads the sources, so a typo fails here rather than on a page.
 */
class MessageKeysTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");

  /** String literals in Java that are message keys: they start with a feature's key prefix. */
  private static final Pattern RULE_KEY =
      Pattern.compile(
          "\"((?:story|member|network|organisation|password|signin|signup|token|invitation|content|section"
              + "|secondFactor|admin|profile|account|edit|directory|runchart|lesson|narrative|spread|search|home|thread|forum|moderation|flag|notification|digest|follow)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

  @Test
  void shouldHaveEveryKeyThePagesUse() throws IOException {
    assertThat(missing(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY)).isEmpty();
  }

  @Test
  void shouldHaveEveryKeyTheRulesAndViewsUse() throws IOException {
    assertThat(missing(Path.of("src/main/java"), ".java", RULE_KEY)).isEmpty();
  }

  @Test
  void shouldDefineEachKeyOnce() throws IOException {
    // Properties keeps the last of two definitions silently: two branches adding the same key
    // with different words would show one of them on pages that tested the other
    List<String> keys = new ArrayList<>();
    boolean continued = false;
    for (String line :
        Files.readAllLines(
            Path.of("src/main/resources/org/commonplace/messages.properties"),
            StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
        keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
      }
      continued = trimmed.endsWith("\\");
    }
    Set<String> seen = new TreeSet<>();
    Set<String> twice = new TreeSet<>();
    keys.forEach(k -> (seen.add(k) ? seen : twice).add(k));

    assertThat(twice).isEmpty();
  }

  private static Set<String> missing(Path root, String extension, Pattern key) throws IOException {
    Properties bundle = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/org/commonplace/messages.properties"),
            StandardCharsets.UTF_8)) {
      bundle.load(in);
    }
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
        Matcher found = key.matcher(Files.readString(file));
        while (found.find()) {
          if (!bundle.containsKey(found.group(1))) {
            missing.add(found.group(1) + " (" + file.getFileName() + ")");
          }
        }
      }
    }
    return missing;
  }
}
