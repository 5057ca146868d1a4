package org.commonplace.story.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureRules;

/**
 * A measure's values pasted or kept as CSV: {@code date,value} per line, ISO dates, a decimal
 * point. A first line that is not data is a header and is skipped; blank lines are skipped. Every
 * other problem names its line, and up to {@value #PROBLEMS_SHOWN} are told at once. Dates must
 * come oldest first, each once: a date out of order is refused, not sorted (see {@link
 * MeasureRules} for why). Reading stops at the first row over {@link MeasureRules#POINTS_MAX}, so a
 * huge paste is refused at once.
 */
public final class MeasureCsv {

  static final int PROBLEMS_SHOWN = 10;
  private static final String FIELD = "csv";
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final List<MeasurePoint> points = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();
  private final Map<LocalDate, Integer> seen = new HashMap<>();
  private final List<Violation> problems = new ArrayList<>();
  private int problemCount;

  private MeasureCsv() {}

  /**
   * @throws InvalidStoryException naming each line that is wrong and what to change; nothing is
   *     taken then
   */
  public static List<MeasurePoint> parse(String csv) {
    MeasureCsv reader = new MeasureCsv();
    reader.read(csv == null ? "" : csv);
    return reader.points;
  }

  private void read(String csv) {
    String[] rows = csv.split("\r\n|\r|\n", -1);
    boolean first = true;
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty() || (i == 0 && row.equals("\uFEFF"))) {
        continue;
      }
      row = row.replace("\uFEFF", "");
      if (first && isHeader(row)) {
        first = false;
        continue;
      }
      first = false;
      if (points.size() + problemCount >= MeasureRules.POINTS_MAX) {
        throw new InvalidStoryException(
            List.of(Violation.of(FIELD, "story.csv.tooMany", MeasureRules.POINTS_MAX)));
      }
      row(i + 1, row);
    }
    finish();
  }

  /** A header is a first line whose first cell is no date and whose second is no number. */
  private static boolean isHeader(String row) {
    List<String> cells = cells(row);
    return date(cells.get(0)).isEmpty()
        && (cells.size() < 2 || !NUMBER.matcher(cells.get(1)).matches());
  }

  private void row(int line, String row) {
    List<String> cells = cells(row);
    if (cells.size() != 2) {
      problem(
          cells.size() == 1 && row.contains(";")
              ? Violation.of(FIELD, "story.csv.semicolon", line)
              : Violation.of(FIELD, "story.csv.cells", line, cells.size()));
      return;
    }
    String dateText = cells.get(0);
    String valueText = cells.get(1);
    Optional<LocalDate> date = date(dateText);
    if (dateText.isEmpty()) {
      problem(Violation.of(FIELD, "story.csv.dateBlank", line));
    } else if (date.isEmpty()) {
      problem(Violation.of(FIELD, "story.csv.date", line, dateText));
    }
    if (valueText.isEmpty()) {
      problem(Violation.of(FIELD, "story.csv.valueBlank", line));
    } else if (!NUMBER.matcher(valueText).matches()) {
      problem(Violation.of(FIELD, "story.csv.value", line, valueText));
    }
    if (date.isEmpty() || valueText.isEmpty() || !NUMBER.matcher(valueText).matches()) {
      return;
    }
    Integer earlier = seen.putIfAbsent(date.get(), line);
    if (earlier != null) {
      problem(Violation.of(FIELD, "story.csv.duplicate", line, date.get(), earlier));
      return;
    }
    points.add(new MeasurePoint(date.get(), Double.parseDouble(valueText)));
    lines.add(line);
  }

  private void finish() {
    if (problems.isEmpty()) {
      checkOrder();
    }
    if (problemCount > PROBLEMS_SHOWN) {
      problems.add(Violation.of(FIELD, "story.csv.more", problemCount - PROBLEMS_SHOWN));
    }
    if (!problems.isEmpty()) {
      throw new InvalidStoryException(problems);
    }
  }

  /** Newest first is a whole series the wrong way round: one message says so, not one per line. */
  private void checkOrder() {
    boolean newestFirst = points.size() > 1;
    for (int i = 1; i < points.size(); i++) {
      newestFirst &= points.get(i).date().isBefore(points.get(i - 1).date());
    }
    if (newestFirst) {
      problem(Violation.of(FIELD, "story.csv.newestFirst"));
      return;
    }
    for (int i = 1; i < points.size(); i++) {
      LocalDate before = points.get(i - 1).date();
      if (points.get(i).date().isBefore(before)) {
        problem(
            Violation.of(
                FIELD,
                "story.csv.order",
                lines.get(i),
                points.get(i).date(),
                before,
                lines.get(i - 1)));
      }
    }
  }

  private void problem(Violation violation) {
    problemCount++;
    if (problems.size() < PROBLEMS_SHOWN) {
      problems.add(violation);
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Cells split at commas outside double quotes, each trimmed and unquoted. */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
