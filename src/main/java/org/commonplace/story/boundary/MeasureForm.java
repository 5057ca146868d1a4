package org.commonplace.story.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.control.MeasureCsv;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;

/**
 * One measure as typed on the story page: its description, and its dated values as CSV lines
 * ({@code date,value}) that can be typed or pasted from a spreadsheet. Every field is a string,
 * exactly as posted, so a CSV with a wrong line comes back verbatim with the line named.
 *
 * <p>The {@code key} ties the row to the cycles that concern it while the form is edited: a stored
 * measure's id, or a key no id can have ({@value #NEW_KEY}1, ...) for a measure added on the page,
 * which gets a readable id from its name when the story is saved.
 */
public class MeasureForm {

  static final String NEW_KEY = "new:";

  private String key = "";
  private String name = "";
  private String type = "";
  private String unit = "";
  private String improvement = "";
  private String baseline = "";
  private String csv = "";

  /** The measure as the page shows it: its values one {@code date,value} line each. */
  public static MeasureForm of(Measure measure) {
    MeasureForm form = new MeasureForm();
    form.key = measure.id();
    form.name = measure.name();
    form.type = measure.type() == null ? "" : measure.type().name();
    form.unit = measure.unit();
    form.improvement = measure.improvement() == null ? "" : measure.improvement().name();
    form.baseline = measure.baseline() == null ? "" : measure.baseline().toString();
    form.csv =
        measure.values().stream()
            .map(p -> p.date() + "," + number(p.value()))
            .collect(Collectors.joining("\n"));
    return form;
  }

  /** A new, empty row whose key differs from every other row's. */
  static MeasureForm added(List<MeasureForm> rows) {
    MeasureForm form = new MeasureForm();
    int next = 1;
    while (keyTaken(rows, NEW_KEY + next)) {
      next++;
    }
    form.key = NEW_KEY + next;
    return form;
  }

  private static boolean keyTaken(List<MeasureForm> rows, String key) {
    return rows.stream().anyMatch(row -> row.key.equals(key));
  }

  /** The measure as posted in row {@code row} of the form. */
  static MeasureForm posted(PostedForm form, int row) {
    String at = "measure-" + row + "-";
    MeasureForm measure = new MeasureForm();
    measure.key = form.text(at + "key");
    measure.name = form.text(at + "name");
    measure.type = form.text(at + "type");
    measure.unit = form.text(at + "unit");
    measure.improvement = form.text(at + "improvement");
    measure.baseline = form.text(at + "baseline");
    measure.csv = form.text(at + "csv");
    return measure;
  }

  /** Nothing typed, nothing chosen: a row added and left empty, which saving drops. */
  public boolean isBlank() {
    return Stream.of(name, type, unit, improvement, baseline, csv).allMatch(String::isBlank);
  }

  /** Whether the measure was added on the page and has no id yet. */
  boolean isNew() {
    return key.isBlank() || key.startsWith(NEW_KEY);
  }

  /**
   * The record this row describes, or the problems that keep it from being one: a CSV line that is
   * not a date and a number is named with {@link MeasureCsv}'s message, at {@code field.csv}.
   *
   * @param field the measure's place in the story ({@code measures[1]}), which names its problems
   * @param id the id the measure is saved with
   * @param found where each problem is added, with {@code number} (counted from 1) in its message
   */
  Measure toMeasure(String field, int number, String id, List<Violation> found) {
    List<MeasurePoint> values = List.of();
    try {
      values = MeasureCsv.parse(csv);
    } catch (InvalidStoryException e) {
      e.violations()
          .forEach(v -> found.add(new Violation(field + ".csv", v.messageKey(), v.arguments())));
    }
    return new Measure(
        id,
        name,
        choice(MeasureType.class, type, field + ".type", number, found),
        unit,
        choice(Improvement.class, improvement, field + ".improvement", number, found),
        baseline(field + ".baseline", number, found),
        values);
  }

  private Integer baseline(String field, int number, List<Violation> found) {
    if (baseline.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(baseline.strip());
    } catch (NumberFormatException e) {
      found.add(Violation.of(field, "edit.measure.baselineNumber", number, baseline.strip()));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String name, String field, int number, List<Violation> found) {
    if (name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      found.add(Violation.of(field, "edit.measure.choice", number));
      return null;
    }
  }

  /** A value as people write it: 23, 4.5, never 23.0. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The row's key: the stored id, or a temporary key for a measure added on the page. */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = CycleForm.orEmpty(key);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = CycleForm.orEmpty(name);
  }

  /** A {@link MeasureType} by name, or empty until chosen. */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = CycleForm.orEmpty(type);
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = CycleForm.orEmpty(unit);
  }

  /** An {@link Improvement} by name, or empty until chosen. */
  public String getImprovement() {
    return improvement;
  }

  public void setImprovement(String improvement) {
    this.improvement = CycleForm.orEmpty(improvement);
  }

  /** How many of the first points form the baseline; empty for all of them. */
  public String getBaseline() {
    return baseline;
  }

  public void setBaseline(String baseline) {
    this.baseline = CycleForm.orEmpty(baseline);
  }

  public String getCsv() {
    return csv;
  }

  public void setCsv(String csv) {
    this.csv = CycleForm.orEmpty(csv);
  }
}
