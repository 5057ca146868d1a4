package org.commonplace.content.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonplace.platform.id.Ids;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping of a content file, read key by key into typed values. Every scalar is read as
 * the text it is and converted here, so a wrong type ({@code baseline: many}), an unknown or
 * repeated key, or a bad date is reported at its line with the key's name, never as a parser's
 * stack trace.
 */
final class YamlMap {

  static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final YamlSource source;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(YamlSource source, MappingNode node) {
    this.source = source;
    this.node = node;
    for (NodeTuple tuple : node.getValue()) {
      String key = scalar(tuple.getKeyNode(), "key");
      NodeTuple first = entries.putIfAbsent(key, tuple);
      if (first != null) {
        throw source.problem(
            tuple.getKeyNode(), "content.yaml.duplicate", key, source.line(first.getKeyNode()));
      }
    }
  }

  static YamlMap of(YamlSource source, Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return new YamlMap(source, mapping);
    }
    throw source.problem(node, "content.yaml.map", what);
  }

  int line() {
    return source.line(node);
  }

  int line(Node value) {
    return source.line(value);
  }

  String file() {
    return source.file();
  }

  /** A problem of this file at a line, to throw. */
  MalformedContentException problemAt(int line, String messageKey, Object... arguments) {
    return source.problem(line, messageKey, arguments);
  }

  int line(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(t -> source.line(t.getValueNode()))
        .orElse(line());
  }

  /** Refuses any key but these, so a misspelt key is told instead of silently ignored. */
  YamlMap allowOnly(List<String> keys) {
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!keys.contains(key)) {
        throw source.problem(
            tuple.getKeyNode(), "content.yaml.unknownKey", key, String.join(", ", keys));
      }
    }
    return this;
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(NodeTuple::getValueNode)
        .filter(value -> !isNull(value));
  }

  Optional<String> text(String key) {
    return node(key).map(value -> scalar(value, key));
  }

  String required(String key) {
    return text(key)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> source.problem(line(key), "content.yaml.required", key));
  }

  Optional<String> id(String key) {
    return text(key).map(value -> checkedId(key, value, line(key)));
  }

  Optional<Integer> wholeNumber(String key) {
    return text(key)
        .map(value -> parsed(key, value, WHOLE, Integer::valueOf, "content.yaml.whole"));
  }

  Optional<Double> number(String key) {
    return text(key)
        .map(value -> parsed(key, value, NUMBER, Double::valueOf, "content.yaml.number"));
  }

  Optional<LocalDate> date(String key) {
    return text(key).map(value -> date(key, value, line(key)));
  }

  Optional<Instant> instant(String key) {
    return text(key)
        .map(
            value -> {
              try {
                return Instant.parse(value);
              } catch (DateTimeParseException e) {
                throw source.problem(line(key), "content.yaml.instant", key, value);
              }
            });
  }

  /** One of an enum's constants, written in lower case with hyphens or spaces for underscores. */
  <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
    return text(key).map(value -> choice(key, value, type, line(key)));
  }

  List<String> texts(String key) {
    return items(key).stream().map(item -> scalar(item, key)).toList();
  }

  List<YamlMap> maps(String key) {
    return items(key).stream().map(item -> of(source, item, key)).toList();
  }

  Optional<YamlMap> map(String key) {
    return node(key).map(value -> of(source, value, key));
  }

  List<Node> items(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    throw source.problem(value.get(), "content.yaml.list", key);
  }

  String scalar(Node value, String key) {
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw source.problem(value, "content.yaml.text", key);
  }

  String checkedId(String key, String value, int line) {
    if (!Ids.isWellFormed(value)) {
      throw source.problem(line, "content.yaml.id", key, value);
    }
    return value;
  }

  LocalDate date(String key, String value, int line) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw source.problem(line, "content.yaml.date", key, value);
    }
  }

  <E extends Enum<E>> E choice(String key, String value, Class<E> type, int line) {
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                source.problem(
                    line,
                    "content.yaml.choice",
                    key,
                    value,
                    Arrays.stream(type.getEnumConstants())
                        .map(YamlMap::spelling)
                        .collect(Collectors.joining(", "))));
  }

  /** How a content file spells an enum constant: {@code run-chart-with-signal}. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private <T> T parsed(
      String key, String value, Pattern form, Function<String, T> convert, String messageKey) {
    if (!form.matcher(value.strip()).matches()) {
      throw source.problem(line(key), messageKey, key, value);
    }
    return convert.apply(value.strip());
  }

  static boolean isNull(Node value) {
    return value instanceof ScalarNode scalar
        && scalar.getScalarStyle() == ScalarStyle.PLAIN
        && NULLS.contains(scalar.getValue());
  }
}
