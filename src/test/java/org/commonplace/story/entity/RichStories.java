package org.commonplace.story.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid draft with every part of the richer story, for tests of rules and formats. */
public final class RichStories {

  private RichStories() {}

  public static StoryDraft draft() {
    StoryDraft draft = StoryDrafts.titled("Weekly run charts on four inpatient wards");
    draft.setSummary("Weekly run charts replaced quarterly reports; restraint fell.");
    Map<String, String> outline = new LinkedHashMap<>();
    outline.put("problem", "Restraint data went to the board **quarterly**.");
    outline.put("aim", "Fewer restraints by September 2016.");
    outline.put("didNotWork", "A 40-field audit tool.\n\n### Why\n\nNobody asked for it.");
    draft.setOutline(outline);
    draft.setTags(List.of("mental health", "restraint"));
    draft.setThemes(List.of(Theme.POWER_DYNAMICS, Theme.DATA_AND_MEASUREMENT));
    draft.setStage(Stage.IMPLEMENTING);
    draft.setLanguage(Language.EN);
    draft.setProgress(
        List.of(
            new ProgressScore(LocalDate.of(2016, 1, 15), 1.5),
            new ProgressScore(LocalDate.of(2016, 9, 30), 4.0)));
    draft.setEvidence(
        new Evidence(
            EvidenceLevel.RUN_CHART_WITH_SIGNAL,
            "test-author",
            "fiona-mackay",
            Instant.parse("2016-11-01T10:00:00Z")));
    draft.setOrganisations(
        List.of(
            new InvolvedOrganisation("Kettlewick University", "Two researchers."),
            new InvolvedOrganisation("Ashby Park Hospital", "Four wards.")));
    draft.setCoAuthors(List.of("sam-whitaker"));
    draft.setMeasures(List.of(restraint(), wardsReviewing()));
    draft.setCycles(
        List.of(
            new PdsaCycle(
                "Ask each ward what question the data should answer",
                "Staff will name questions about their own ward.",
                LocalDate.of(2016, 1, 4),
                LocalDate.of(2016, 1, 29),
                "Researchers joined two team meetings per ward.",
                "As predicted.",
                Act.ADAPT,
                List.of("restraint"))));
    return draft;
  }

  /** Monthly restraint incidents, 12 points from September 2015. */
  public static Measure restraint() {
    double[] values = {23, 25, 22, 24, 26, 23, 21, 19, 17, 16, 15, 14};
    List<MeasurePoint> points = new ArrayList<>();
    LocalDate month = LocalDate.of(2015, 9, 30);
    for (double value : values) {
      points.add(new MeasurePoint(month, value));
      month = month.plusMonths(1).withDayOfMonth(month.plusMonths(1).lengthOfMonth());
    }
    return new Measure(
        "restraint",
        "Physical restraint incidents per month",
        MeasureType.OUTCOME,
        "incidents",
        Improvement.DOWN,
        6,
        points);
  }

  public static Measure wardsReviewing() {
    return new Measure(
        "wards-reviewing",
        "Wards reviewing a run chart weekly",
        MeasureType.PROCESS,
        "wards",
        Improvement.UP,
        null,
        List.of(new MeasurePoint(LocalDate.of(2016, 2, 29), 1)));
  }
}
