package org.commonplace.story.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.StoryDraft;

/**
 * The parts of a story the page edits as rows: PDSA cycles, measures and the organisations
 * involved, in the story's order. Rows are added, removed and moved here; saving drops rows left
 * blank and turns the rest into the draft's records, each problem named by the record's place
 * ({@code cycles[1].plannedEnd}) as the story's rules name theirs, so both are shown beside the
 * same field.
 */
public class StoryRows {

  private static final Pattern ROW_FIELD =
      Pattern.compile("(cycles|measures|organisations)\\[(\\d+)\\](?:\\.(\\w+))?(?:\\[\\d+\\])?");

  private final List<CycleForm> cycles;
  private final List<MeasureForm> measures;
  private final List<OrganisationForm> organisations;

  private StoryRows(
      List<CycleForm> cycles, List<MeasureForm> measures, List<OrganisationForm> organisations) {
    this.cycles = cycles;
    this.measures = measures;
    this.organisations = organisations;
  }

  /** The rows of a stored story or of a new, empty one. */
  public static StoryRows of(StoryDraft draft) {
    return new StoryRows(
        new ArrayList<>(draft.getCycles().stream().map(CycleForm::of).toList()),
        new ArrayList<>(draft.getMeasures().stream().map(MeasureForm::of).toList()),
        new ArrayList<>(draft.getOrganisations().stream().map(OrganisationForm::of).toList()));
  }

  /** The rows as the page posted them, as many as it said it had. */
  static StoryRows posted(PostedForm form) {
    List<CycleForm> cycles = new ArrayList<>();
    for (int row = 0; row < form.count("cycle-rows"); row++) {
      cycles.add(CycleForm.posted(form, row));
    }
    List<MeasureForm> measures = new ArrayList<>();
    for (int row = 0; row < form.count("measure-rows"); row++) {
      measures.add(MeasureForm.posted(form, row));
    }
    List<OrganisationForm> organisations = new ArrayList<>();
    for (int row = 0; row < form.count("organisation-rows"); row++) {
      organisations.add(OrganisationForm.posted(form, row));
    }
    return new StoryRows(cycles, measures, organisations);
  }

  public List<CycleForm> getCycles() {
    return cycles;
  }

  public List<MeasureForm> getMeasures() {
    return measures;
  }

  public List<OrganisationForm> getOrganisations() {
    return organisations;
  }

  public void addCycle() {
    cycles.add(new CycleForm());
  }

  public void addMeasure() {
    measures.add(MeasureForm.added(measures));
  }

  public void removeCycle(int row) {
    if (row >= 0 && row < cycles.size()) {
      cycles.remove(row);
    }
  }

  /** Cycles that concerned the measure keep its key until saved, which leaves it out. */
  public void removeMeasure(int row) {
    if (row >= 0 && row < measures.size()) {
      measures.remove(row);
    }
  }

  public void addOrganisation() {
    organisations.add(new OrganisationForm());
  }

  public void removeOrganisation(int row) {
    if (row >= 0 && row < organisations.size()) {
      organisations.remove(row);
    }
  }

  /** Moves a cycle one place up (-1) or down (+1); a move past either end changes nothing. */
  public void moveCycle(int row, int by) {
    move(cycles, row, by);
  }

  public void moveMeasure(int row, int by) {
    move(measures, row, by);
  }

  private static <T> void move(List<T> rows, int row, int by) {
    int to = row + by;
    if (row >= 0 && row < rows.size() && to >= 0 && to < rows.size()) {
      rows.add(to, rows.remove(row));
    }
  }

  /**
   * Drops the rows left blank, so a row added by mistake does not stop a save, and the rows that
   * remain are numbered as the story's rules number them.
   *
   * @return whether any row was dropped
   */
  public boolean dropBlankRows() {
    return cycles.removeIf(CycleForm::isBlank)
        | measures.removeIf(MeasureForm::isBlank)
        | organisations.removeIf(OrganisationForm::isBlank);
  }

  /**
   * Gives the draft the cycles, measures and organisations these rows describe; blank rows are
   * dropped first.
   *
   * @return the problems that kept a row from being read (a date that is not one, a wrong CSV
   *     line); the draft still gets every row, with what could be read of it
   */
  public List<Violation> applyTo(StoryDraft draft) {
    dropBlankRows();
    List<Violation> found = new ArrayList<>();
    Map<String, String> ids = measureIds();
    List<Measure> records = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      MeasureForm row = measures.get(i);
      records.add(row.toMeasure("measures[" + i + "]", i + 1, ids.get(row.getKey()), found));
    }
    List<PdsaCycle> cycleRecords = new ArrayList<>();
    for (int i = 0; i < cycles.size(); i++) {
      cycleRecords.add(cycles.get(i).toCycle("cycles[" + i + "]", i + 1, ids, found));
    }
    draft.setMeasures(records);
    draft.setCycles(cycleRecords);
    draft.setOrganisations(organisations.stream().map(OrganisationForm::toOrganisation).toList());
    return found;
  }

  /**
   * The id each measure row is saved with, by its key: a stored measure keeps its id; a new one
   * gets the slug of its name, made unique within the story ({@code waits}, {@code waits-2}).
   */
  Map<String, String> measureIds() {
    Set<String> taken = new HashSet<>();
    measures.stream().filter(m -> !m.isNew()).forEach(m -> taken.add(m.getKey()));
    Map<String, String> ids = new LinkedHashMap<>();
    for (MeasureForm row : measures) {
      if (!row.isNew()) {
        ids.put(row.getKey(), row.getKey());
        continue;
      }
      String base = Ids.slug(row.getName());
      base = base.isEmpty() ? "measure" : base;
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(row.getKey(), id);
    }
    return ids;
  }

  /**
   * The page's field for a problem of a row ({@code cycles[1].study} is {@code cycle-1-study}); a
   * measure's id belongs to its name and its values to its CSV. Empty for the list as a whole.
   */
  public static Optional<String> fieldOf(String ruleField) {
    Matcher row = ROW_FIELD.matcher(ruleField);
    if (!row.matches()) {
      return Optional.empty();
    }
    String kind = row.group(1).substring(0, row.group(1).length() - 1);
    String part = row.group(3) == null ? (kind.equals("cycle") ? "change" : "name") : row.group(3);
    if (kind.equals("measure")) {
      part =
          switch (part) {
            case "id" -> "name";
            case "values" -> "csv";
            default -> part;
          };
    }
    return Optional.of(kind + "-" + row.group(2) + "-" + part);
  }
}
