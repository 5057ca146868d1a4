package org.commonplace.content.control;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the canonical story file writes a scalar: plain when that reads back as the same text,
 * single-quoted when one line needs quoting, a literal block for several lines, double-quoted with
 * escapes when nothing else can carry the text (control characters, a first line that starts with a
 * space). Every choice reads back as exactly the text written.
 */
final class YamlText {

  private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final Pattern PRINTABLE =
      Pattern.compile("[^\\p{Cc}\\p{Cs}\\uFEFF\\u2028\\u2029]*");

  private YamlText() {}

  /** A one-line scalar; {@code inFlow} for items of {@code [a, b]} lists. */
  static String scalar(String text, boolean inFlow) {
    if (isPlain(text, inFlow)) {
      return text;
    }
    if (!text.contains("\n") && PRINTABLE.matcher(text.replace("\t", "")).matches()) {
      return "'" + text.replace("'", "''") + "'";
    }
    return doubleQuoted(text);
  }

  /**
   * A value after {@code key: } that may span lines: a literal block ({@code |-}) indented to
   * {@code indent} when it has several lines, else a one-line scalar.
   */
  static String block(String text, String indent) {
    boolean literal =
        text.contains("\n")
            && !text.startsWith(" ")
            && !text.startsWith("\t")
            && !text.startsWith("\n")
            && !text.endsWith("\n")
            && !text.endsWith(" ")
            && PRINTABLE.matcher(text.replace("\n", "").replace("\t", "")).matches();
    if (!literal) {
      return scalar(text, false);
    }
    StringBuilder block = new StringBuilder("|-");
    for (String line : text.split("\n", -1)) {
      block.append('\n');
      if (!line.isEmpty()) {
        block.append(indent).append(line);
      }
    }
    return block.toString();
  }

  private static boolean isPlain(String text, boolean inFlow) {
    return !text.isEmpty()
        && text.equals(text.strip())
        && INDICATORS.indexOf(text.charAt(0)) < 0
        && !text.startsWith("...")
        && !NULLS.contains(text)
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.endsWith(":")
        && !text.contains("\t")
        && !(inFlow && text.matches(".*[,\\[\\]{}:].*"))
        && PRINTABLE.matcher(text).matches();
  }

  private static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                  if (Character.getType(c) == Character.CONTROL
                      || Character.getType(c) == Character.SURROGATE
                      || c == 0xFEFF
                      || c == 0x2028
                      || c == 0x2029) {
                    quoted.append(String.format("\\u%04X", c));
                  } else {
                    quoted.appendCodePoint(c);
                  }
                }
              }
            });
    return quoted.append('"').toString();
  }

  /** The shortest decimal that reads back as the same double: 23, 4.5, 0.30000000000000004. */
  static String number(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    String plain = exact.toPlainString();
    return plain.length() <= 24 ? plain : exact.toString();
  }
}
