package org.commonplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks, from a child's log, the one line most likely to explain why it failed. */
final class LogExcerpt {

  private static final int MAX_LENGTH = 300;
  private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
  // Payara's ODL records: "[...] [SEVERE] [...] [levelValue: 1000] message", or "[[" and the
  // message on the following lines
  private static final Pattern SEVERE_RECORD =
      Pattern.compile("\\[SEVERE].*\\[levelValue: \\d+]\\s*(.*)$");
  // before its logging is configured, Payara Micro uses java.util.logging's "SEVERE: message"
  private static final Pattern SEVERE_LINE = Pattern.compile("^SEVERE: (.+)$");
  // Elasticsearch's log4j records: "[time][ERROR][logger] [node] message"
  private static final Pattern ERROR_RECORD =
      Pattern.compile("^\\[[^\\]]*]\\[(ERROR|FATAL)\\s*]\\[[^\\]]*]\\s*\\[[^\\]]*]\\s*(.+)$");
  // Elasticsearch's launcher: "ERROR: Elasticsearch died while starting up, with exit code 1"
  private static final Pattern ERROR_LINE = Pattern.compile("^ERROR: .*");

  private LogExcerpt() {}

  /**
   * The message of the last ERROR record (Elasticsearch), else the innermost cause of the last
   * stack trace ("Caused by: ..."), else the message of the last SEVERE record (Payara), else the
   * last "ERROR: " line; empty when the log explains nothing.
   */
  static Optional<String> lastError(Path log) {
    List<String> lines = read(log);
    return lastMatch(lines, ERROR_RECORD, 2)
        .or(() -> lastCause(lines))
        .or(() -> lastSevere(lines))
        .or(() -> lastMatch(lines, ERROR_LINE, 0))
        .map(LogExcerpt::shorten);
  }

  /** Whether any line, without its colour codes, contains a match of {@code pattern}. */
  static boolean contains(Path log, Pattern pattern) {
    return read(log).stream().anyMatch(line -> pattern.matcher(line).find());
  }

  private static Optional<String> lastCause(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.startsWith("Caused by: ")) {
        return Optional.of(line.substring("Caused by: ".length()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> lastSevere(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher plain = SEVERE_LINE.matcher(lines.get(i));
      if (plain.matches()) {
        return Optional.of(plain.group(1).strip());
      }
      Matcher matcher = SEVERE_RECORD.matcher(lines.get(i));
      if (matcher.find()) {
        String message = matcher.group(1).strip();
        if (!message.equals("[[")) {
          return Optional.of(message);
        }
        return lines.subList(i + 1, lines.size()).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .findFirst();
      }
    }
    return Optional.empty();
  }

  private static Optional<String> lastMatch(List<String> lines, Pattern pattern, int group) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher matcher = pattern.matcher(lines.get(i).strip());
      if (matcher.matches()) {
        return Optional.of(matcher.group(group).strip());
      }
    }
    return Optional.empty();
  }

  private static List<String> read(Path log) {
    try {
      // bytes rather than readAllLines: a child may be in the middle of writing a character
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      return text.lines().map(line -> ANSI_COLOUR.matcher(line).replaceAll("")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String shorten(String line) {
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
  }
}
