package org.commonplace.story.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.PdsaCycle;

/**
 * One PDSA cycle as typed on the story page: every field a string, exactly as posted, so a form
 * with a mistyped date comes back with that date in place and a message beside it. {@link
 * PdsaCycle} is the immutable record it becomes when the story is saved.
 */
public class CycleForm {

  private String change = "";
  private String prediction = "";
  private String plannedStart = "";
  private String plannedEnd = "";
  private String did = "";
  private String study = "";
  private String act = "";
  private List<String> measures = new ArrayList<>();

  /** The cycle as the page shows it; its measures by their ids. */
  public static CycleForm of(PdsaCycle cycle) {
    CycleForm form = new CycleForm();
    form.change = cycle.change();
    form.prediction = cycle.prediction();
    form.plannedStart = cycle.plannedStart() == null ? "" : cycle.plannedStart().toString();
    form.plannedEnd = cycle.plannedEnd() == null ? "" : cycle.plannedEnd().toString();
    form.did = cycle.did();
    form.study = cycle.study();
    form.act = cycle.act() == null ? "" : cycle.act().name();
    form.measures = new ArrayList<>(cycle.measures());
    return form;
  }

  /** The cycle as posted in row {@code row} of the form. */
  static CycleForm posted(PostedForm form, int row) {
    String at = "cycle-" + row + "-";
    CycleForm cycle = new CycleForm();
    cycle.change = form.text(at + "change");
    cycle.prediction = form.text(at + "prediction");
    cycle.plannedStart = form.text(at + "plannedStart");
    cycle.plannedEnd = form.text(at + "plannedEnd");
    cycle.did = form.text(at + "did");
    cycle.study = form.text(at + "study");
    cycle.act = form.text(at + "act");
    cycle.measures = new ArrayList<>(form.texts(at + "measures"));
    return cycle;
  }

  /** Nothing typed, nothing chosen: a row added and left empty, which saving drops. */
  public boolean isBlank() {
    return Stream.of(change, prediction, plannedStart, plannedEnd, did, study, act)
            .allMatch(String::isBlank)
        && measures.isEmpty();
  }

  /**
   * The record this row describes, or the problems that keep it from being one.
   *
   * @param field the cycle's place in the story ({@code cycles[2]}), which names its problems
   * @param measureIds the story's measures: each row key the page offers, by the id it is saved
   *     with; a measure removed from the form is no longer chosen
   * @param found where each problem is added, with {@code number} (counted from 1) in its message
   */
  PdsaCycle toCycle(
      String field, int number, Map<String, String> measureIds, List<Violation> found) {
    return new PdsaCycle(
        change,
        prediction,
        date(field + ".plannedStart", number, plannedStart, found),
        date(field + ".plannedEnd", number, plannedEnd, found),
        did,
        study,
        act(field, number, found),
        measures.stream().map(measureIds::get).filter(Objects::nonNull).distinct().toList());
  }

  private static LocalDate date(String field, int number, String text, List<Violation> found) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      found.add(Violation.of(field, "edit.cycle.date", number, text.strip()));
      return null;
    }
  }

  private Act act(String field, int number, List<Violation> found) {
    if (act.isBlank()) {
      return null;
    }
    try {
      return Act.valueOf(act.strip());
    } catch (IllegalArgumentException e) {
      found.add(Violation.of(field + ".act", "edit.cycle.actInvalid", number));
      return null;
    }
  }

  public String getChange() {
    return change;
  }

  public void setChange(String change) {
    this.change = orEmpty(change);
  }

  public String getPrediction() {
    return prediction;
  }

  public void setPrediction(String prediction) {
    this.prediction = orEmpty(prediction);
  }

  /** As an ISO date, which a browser's date field sends, or whatever else was typed. */
  public String getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(String plannedStart) {
    this.plannedStart = orEmpty(plannedStart);
  }

  public String getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(String plannedEnd) {
    this.plannedEnd = orEmpty(plannedEnd);
  }

  public String getDid() {
    return did;
  }

  public void setDid(String did) {
    this.did = orEmpty(did);
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = orEmpty(study);
  }

  /** An {@link Act} by name, or empty while the team has not decided yet. */
  public String getAct() {
    return act;
  }

  public void setAct(String act) {
    this.act = orEmpty(act);
  }

  /** The keys of the measure rows this cycle concerns. */
  public List<String> getMeasures() {
    return measures;
  }

  public void setMeasures(List<String> measures) {
    this.measures = measures == null ? new ArrayList<>() : new ArrayList<>(measures);
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
