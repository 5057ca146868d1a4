package org.commonplace.content.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A YAML header as the canonical lesson and narrative files write it, line by line: keys in the
 * order they are given, a value quoted only when YAML needs it ({@link YamlText}), several lines as
 * a {@code |-} block, lists of words as {@code [a, b]}.
 */
final class YamlLines {

  private final StringBuilder text = new StringBuilder();

  YamlLines line(String line) {
    text.append(line).append('\n');
    return this;
  }

  void key(String key, String value) {
    line(key + ": " + YamlText.scalar(Objects.requireNonNullElse(value, ""), false));
  }

  void optional(String key, String value) {
    if (value != null && !value.isEmpty()) {
      key(key, value);
    }
  }

  void plain(String key, Object value) {
    if (value != null) {
      line(key + ": " + value);
    }
  }

  void text(String key, String value, String indent) {
    if (value != null && !value.isEmpty()) {
      line(key + ": " + YamlText.block(value, indent));
    }
  }

  <T> void list(String key, List<T> items, Function<T, String> spelling) {
    if (!items.isEmpty()) {
      line(
          key
              + ": ["
              + String.join(
                  ", ", items.stream().map(i -> YamlText.scalar(spelling.apply(i), true)).toList())
              + "]");
    }
  }

  /** An enum constant as a file says it in words: {@code did not work}, {@code patient partner}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  String text() {
    return text.toString();
  }
}
