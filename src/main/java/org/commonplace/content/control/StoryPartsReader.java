package org.commonplace.content.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonplace.story.control.MeasureCsv;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.InvolvedOrganisation;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.ProgressScore;
import org.commonplace.story.entity.StoryDraft;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the nested parts of a story file's header: progress scores, evidence, organisations
 * involved, measures (values inline as {@code [date, value]} pairs, or a CSV file beside the story)
 * and PDSA cycles, noting each part's line for the rules' messages.
 */
final class StoryPartsReader {

  static final List<String> PROGRESS_KEYS = List.of("date", "score");
  static final List<String> EVIDENCE_KEYS = List.of("level", "confirmed-by", "confirmed-at");
  static final List<String> ORGANISATION_KEYS = List.of("name", "contribution");
  static final List<String> MEASURE_KEYS =
      List.of("id", "name", "type", "unit", "improvement", "baseline", "values", "csv");
  static final List<String> CYCLE_KEYS =
      List.of(
          "change",
          "prediction",
          "planned-start",
          "planned-end",
          "did",
          "study",
          "act",
          "measures");

  private final String storyId;
  private final YamlMap header;
  private final Map<String, Integer> lines;
  private final Function<String, Optional<String>> csvFiles;

  StoryPartsReader(
      String storyId,
      YamlMap header,
      Map<String, Integer> lines,
      Function<String, Optional<String>> csvFiles) {
    this.storyId = storyId;
    this.header = header;
    this.lines = lines;
    this.csvFiles = csvFiles;
  }

  void read(StoryDraft draft) {
    draft.setProgress(progress());
    draft.setEvidence(
        header
            .map("evidence")
            .map(e -> evidence(e.allowOnly(EVIDENCE_KEYS), draft.getAuthorId()))
            .orElse(null));
    lines.put("evidence", header.line("evidence"));
    List<InvolvedOrganisation> organisations = new ArrayList<>();
    List<YamlMap> involved = header.maps("organisations");
    for (int i = 0; i < involved.size(); i++) {
      YamlMap item = involved.get(i).allowOnly(ORGANISATION_KEYS);
      lines.put("organisations[" + i + "]", item.line());
      organisations.add(
          new InvolvedOrganisation(
              item.text("name").orElse(null), item.text("contribution").orElse(null)));
    }
    draft.setOrganisations(organisations);
    List<Measure> measures = new ArrayList<>();
    List<YamlMap> measureMaps = header.maps("measures");
    for (int i = 0; i < measureMaps.size(); i++) {
      measures.add(measure(i, measureMaps.get(i).allowOnly(MEASURE_KEYS)));
    }
    draft.setMeasures(measures);
    List<PdsaCycle> cycles = new ArrayList<>();
    List<YamlMap> cycleMaps = header.maps("cycles");
    for (int i = 0; i < cycleMaps.size(); i++) {
      cycles.add(cycle(i, cycleMaps.get(i).allowOnly(CYCLE_KEYS)));
    }
    draft.setCycles(cycles);
  }

  private List<ProgressScore> progress() {
    List<ProgressScore> scores = new ArrayList<>();
    List<YamlMap> items = header.maps("progress");
    for (int i = 0; i < items.size(); i++) {
      YamlMap item = items.get(i).allowOnly(PROGRESS_KEYS);
      lines.put("progress[" + i + "]", item.line());
      scores.add(
          new ProgressScore(
              item.date("date").orElse(null),
              item.number("score")
                  .orElseThrow(
                      () ->
                          MalformedContentException.at(
                              header.file(), item.line(), "content.yaml.required", "score"))));
    }
    return scores;
  }

  private static Evidence evidence(YamlMap evidence, String authorId) {
    return new Evidence(
        evidence.choice("level", EvidenceLevel.class).orElse(null),
        authorId,
        evidence.id("confirmed-by").orElse(null),
        evidence.instant("confirmed-at").orElse(null));
  }

  private Measure measure(int index, YamlMap item) {
    String at = "measures[" + index + "]";
    lines.put(at, item.line());
    for (String key : List.of("id", "name", "type", "unit", "improvement", "baseline")) {
      lines.put(at + "." + key, item.line(key));
    }
    String id = item.text("id").orElse("");
    return new Measure(
        id,
        item.text("name").orElse(null),
        item.choice("type", MeasureType.class).orElse(null),
        item.text("unit").orElse(null),
        item.choice("improvement", Improvement.class).orElse(null),
        item.wholeNumber("baseline").orElse(null),
        values(at, id, item));
  }

  private List<MeasurePoint> values(String at, String measureId, YamlMap item) {
    lines.put(at + ".values", item.line(item.node("csv").isPresent() ? "csv" : "values"));
    Optional<String> csv = item.text("csv");
    if (csv.isPresent()) {
      if (item.node("values").isPresent()) {
        throw MalformedContentException.at(
            header.file(), item.line("csv"), "content.measure.valuesAndCsv", measureId);
      }
      return csvValues(item.line("csv"), measureId, csv.get());
    }
    List<MeasurePoint> points = new ArrayList<>();
    List<Node> pairs = item.items("values");
    for (int j = 0; j < pairs.size(); j++) {
      points.add(pair(at + ".values[" + j + "]", item, pairs.get(j)));
    }
    return points;
  }

  private MeasurePoint pair(String at, YamlMap item, Node pair) {
    int line = item.line(pair);
    lines.put(at, line);
    if (!(pair instanceof SequenceNode sequence)
        || sequence.getValue().size() != 2
        || !sequence.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
      throw MalformedContentException.at(header.file(), line, "content.yaml.pair");
    }
    String date = ((ScalarNode) sequence.getValue().get(0)).getValue();
    String value = ((ScalarNode) sequence.getValue().get(1)).getValue().strip();
    LocalDate day = item.date("values", date, line);
    if (!YamlMap.NUMBER.matcher(value).matches()) {
      throw MalformedContentException.at(
          header.file(), line, "content.yaml.number", "values", value);
    }
    return new MeasurePoint(day, Double.parseDouble(value));
  }

  private List<MeasurePoint> csvValues(int line, String measureId, String name) {
    String expected = StoryFile.csvName(storyId, measureId);
    if (!name.equals(expected)) {
      throw MalformedContentException.at(
          header.file(), line, "content.measure.csvName", measureId, expected);
    }
    String text =
        csvFiles
            .apply(name)
            .orElseThrow(
                () ->
                    MalformedContentException.at(
                        header.file(), line, "content.measure.csvMissing", name));
    try {
      return MeasureCsv.parse(text);
    } catch (InvalidStoryException e) {
      throw new MalformedContentException(
          e.violations().stream()
              .map(
                  v ->
                      MalformedContentException.located(
                          name,
                          0,
                          MalformedContentException.text(v.messageKey(), v.arguments().toArray())))
              .toList());
    }
  }

  private PdsaCycle cycle(int index, YamlMap item) {
    String at = "cycles[" + index + "]";
    lines.put(at, item.line());
    lines.put(at + ".change", item.line("change"));
    lines.put(at + ".plannedEnd", item.line("planned-end"));
    lines.put(at + ".measures", item.line("measures"));
    return new PdsaCycle(
        item.text("change").orElse(null),
        item.text("prediction").orElse(null),
        item.date("planned-start").orElse(null),
        item.date("planned-end").orElse(null),
        item.text("did").orElse(null),
        item.text("study").orElse(null),
        item.choice("act", Act.class).orElse(null),
        item.texts("measures"));
  }
}
