package org.commonplace.content.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a seed CSV file with a header line, each read by column name, with errors that name
 * the file, the line and the column so whoever edits content/ can fix it at once.
 */
final class CsvRows {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private CsvRows() {}

  static List<Row> parse(String fileName, String csv, Set<String> requiredColumns) {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
      List<String> missing =
          requiredColumns.stream()
              .filter(c -> !parser.getHeaderMap().containsKey(c))
              .sorted()
              .toList();
      if (!missing.isEmpty()) {
        throw new MalformedContentException(
            fileName + ": the header line lacks the column(s) " + String.join(", ", missing));
      }
      return parser.getRecords().stream().map(r -> new Row(fileName, r)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MalformedContentException(fileName + ": not readable as CSV: " + e.getMessage());
    }
  }

  /** One line of the file. */
  record Row(String fileName, CSVRecord record) {

    String optional(String column) {
      return record.isSet(column) ? record.get(column).strip() : "";
    }

    String required(String column) {
      String value = optional(column);
      if (value.isEmpty()) {
        throw problem(column + " is empty");
      }
      return value;
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
      String value = required(column);
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        String allowed =
            java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw problem(column + " is \"" + value + "\"; use one of " + allowed);
      }
    }

    List<String> list(String column) {
      String value = optional(column);
      return value.isEmpty()
          ? List.of()
          : java.util.Arrays.stream(value.split(";"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
    }

    MalformedContentException problem(String what) {
      return new MalformedContentException(
          fileName + ", line " + (record.getRecordNumber() + 1) + ": " + what);
    }
  }
}
