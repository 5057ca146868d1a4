package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;
import org.commonplace.story.entity.Stage;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryFileTest {

  /** The example of the format's documentation, with a CSV beside it. */
  static final String EXAMPLE =
      """
      ---
      title: Weekly run charts on four inpatient wards            # required, <= 200 chars
      summary: One or two sentences, <= 600 chars.
      author: Dr Priya Raman
      author-id: priya-raman
      co-authors: [sam-whitaker]
      organisation: Kettlewick University, School of Health Sciences
      network: northvale-mental-health
      status: published
      created: 2016-10-12T12:00:00Z
      updated: 2016-11-02T09:00:00Z
      language: en
      stage: implementing
      progress:
        - {date: 2016-01-15, score: 1.5}
        - {date: 2016-09-30, score: 4.0}
      evidence:
        level: run-chart-with-signal
        confirmed-by: fiona-mackay
        confirmed-at: 2016-11-01T10:00:00Z
      organisations:
        - name: Kettlewick University, School of Health Sciences
          contribution: Two researchers and a doctoral student; taught run-chart reading on the wards.
        - name: Ashby Park Hospital
          contribution: Four wards, the patient safety team and a consultant psychiatrist.
      themes: [power dynamics, data and measurement]
      tags: [mental health, restraint]
      measures:
        - id: restraint
          name: Physical restraint incidents per month across four wards
          type: outcome
          unit: incidents
          improvement: down
          baseline: 8
          values:
            - [2015-09-30, 23]
            - [2015-10-31, 25]
        - id: wards-reviewing
          name: Wards reviewing a run chart at the weekly team meeting
          type: process
          unit: wards
          improvement: up
          csv: run-charts.wards-reviewing.csv
      cycles:
        - change: Ask each ward what question the data should answer
          prediction: Staff will name questions about their own ward, not comparisons.
          planned-start: 2016-01-04
          planned-end: 2016-01-29
          did: |
            Researchers joined two team meetings per ward and asked.

            Every ward answered.
          study: As predicted; staff wanted to know when and why restraint happened on their ward.
          act: adapt
          measures: [restraint]
      ---
      ## Problem

      The data went to the board **quarterly**.

      ## What did not work

      A 40-field audit tool.

      ### Why

      Nobody had asked for it.
      """;

  static final Map<String, String> CSV =
      Map.of("run-charts.wards-reviewing.csv", "date,value\n2016-02-29,1\n2016-03-31,2\n");

  static StoryFile parse(String name, String text) {
    return StoryFile.parse(name, text, file -> Optional.ofNullable(CSV.get(file)));
  }

  static String problem(String name, String text) {
    try {
      parse(name, text);
    } catch (MalformedContentException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted " + name);
  }

  @Nested
  @DisplayName("when a file follows the format")
  class WellFormed {

    private final StoryFile file = parse("run-charts.md", EXAMPLE);
    private final StoryDraft draft = file.draft();

    @Test
    void shouldTakeTheIdFromTheFileNameAndTheTimesFromTheHeader() {
      assertThat(file.id()).isEqualTo("run-charts");
      assertThat(file.status()).isEqualTo(StoryStatus.PUBLISHED);
      assertThat(file.created()).contains(Instant.parse("2016-10-12T12:00:00Z"));
      assertThat(file.updated()).contains(Instant.parse("2016-11-02T09:00:00Z"));
    }

    @Test
    void shouldReadThePeopleAndThePlace() {
      SoftAssertions.assertSoftly(
          soft -> {
            soft.assertThat(draft.getTitle())
                .isEqualTo("Weekly run charts on four inpatient wards");
            soft.assertThat(draft.getAuthorId()).isEqualTo("priya-raman");
            soft.assertThat(draft.getCoAuthors()).containsExactly("sam-whitaker");
            soft.assertThat(draft.getNetworkId()).isEqualTo("northvale-mental-health");
            soft.assertThat(draft.getOrganisations())
                .extracting(o -> o.name())
                .containsExactly(
                    "Kettlewick University, School of Health Sciences", "Ashby Park Hospital");
          });
    }

    @Test
    void shouldReadStageProgressEvidenceThemesAndTags() {
      SoftAssertions.assertSoftly(
          soft -> {
            soft.assertThat(draft.getLanguage()).isEqualTo(Language.EN);
            soft.assertThat(draft.getStage()).isEqualTo(Stage.IMPLEMENTING);
            soft.assertThat(draft.getProgress())
                .extracting(p -> p.score())
                .containsExactly(1.5, 4.0);
            soft.assertThat(draft.getEvidence().level())
                .isEqualTo(EvidenceLevel.RUN_CHART_WITH_SIGNAL);
            soft.assertThat(draft.getEvidence().proposedBy()).isEqualTo("priya-raman");
            soft.assertThat(draft.getEvidence().confirmedBy()).isEqualTo("fiona-mackay");
            soft.assertThat(draft.getThemes())
                .containsExactly(Theme.POWER_DYNAMICS, Theme.DATA_AND_MEASUREMENT);
            soft.assertThat(draft.getTags()).containsExactly("mental health", "restraint");
          });
    }

    @Test
    void shouldReadMeasuresInlineAndFromTheCsvBesideTheFile() {
      SoftAssertions.assertSoftly(
          soft -> {
            soft.assertThat(draft.getMeasures().get(0).type()).isEqualTo(MeasureType.OUTCOME);
            soft.assertThat(draft.getMeasures().get(0).improvement()).isEqualTo(Improvement.DOWN);
            soft.assertThat(draft.getMeasures().get(0).baseline()).isEqualTo(8);
            soft.assertThat(draft.getMeasures().get(0).values())
                .containsExactly(
                    new MeasurePoint(LocalDate.of(2015, 9, 30), 23),
                    new MeasurePoint(LocalDate.of(2015, 10, 31), 25));
            soft.assertThat(draft.getMeasures().get(1).values()).hasSize(2);
          });
    }

    @Test
    void shouldReadACycleWithItsMultiLineNotes() {
      var cycle = draft.getCycles().get(0);

      assertThat(cycle.did())
          .isEqualTo(
              "Researchers joined two team meetings per ward and asked.\n\nEvery ward answered.");
      assertThat(cycle.act()).isEqualTo(Act.ADAPT);
      assertThat(cycle.plannedEnd()).isEqualTo(LocalDate.of(2016, 1, 29));
      assertThat(cycle.measures()).containsExactly("restraint");
    }

    @Test
    void shouldReadTheSectionsUnderTheirHeadingsKeepingDeeperHeadingsInside() {
      assertThat(draft.getOutline())
          .containsOnlyKeys(
              "problem",
              "known",
              "rationale",
              "aim",
              "context",
              "changes",
              "study",
              "measures",
              "results",
              "didNotWork",
              "limitations",
              "differently",
              "adoption")
          .containsEntry("problem", "The data went to the board **quarterly**.")
          .containsEntry(
              "didNotWork", "A 40-field audit tool.\n\n### Why\n\nNobody had asked for it.")
          .containsEntry("results", "");
    }

    @Test
    void shouldReadWindowsLineEndsAsWell() {
      assertThat(parse("run-charts.md", EXAMPLE.replace("\n", "\r\n")).draft().getOutline())
          .isEqualTo(draft.getOutline());
    }
  }

  @Nested
  @DisplayName("when the YAML header is malformed")
  class MalformedHeader {

    @Test
    void shouldNameTheLineOfAYamlSyntaxError() {
      String text = EXAMPLE.replace("stage: implementing", "stage: [implementing");

      assertThat(problem("run-charts.md", text))
          .startsWith("run-charts.md, line 1")
          .contains("cannot be read");
    }

    @Test
    void shouldNameTheLineOfAWrongType() {
      assertThat(problem("run-charts.md", EXAMPLE.replace("baseline: 8", "baseline: many")))
          .isEqualTo("run-charts.md, line 34: baseline must be a whole number, not \"many\"");
    }

    @Test
    void shouldNameAnUnknownKeyAndTheKeysThatExist() {
      assertThat(problem("run-charts.md", EXAMPLE.replace("language: en", "langage: en")))
          .startsWith(
              "run-charts.md, line 12: there is no key \"langage\" here; the keys are title,");
    }

    @Test
    void shouldNameAnUnknownKeyInsideAMeasure() {
      assertThat(problem("run-charts.md", EXAMPLE.replace("unit: wards", "units: wards")))
          .startsWith("run-charts.md, line 41: there is no key \"units\"");
    }

    @Test
    void shouldNameABadDateInAValuePair() {
      assertThat(problem("run-charts.md", EXAMPLE.replace("[2015-10-31, 25]", "[2015-10-32, 25]")))
          .isEqualTo(
              "run-charts.md, line 37: values must be a date like 2016-01-31, not \"2015-10-32\"");
    }

    @Test
    void shouldNameATimeWithoutItsZone() {
      assertThat(
              problem(
                  "run-charts.md",
                  EXAMPLE.replace("created: 2016-10-12T12:00:00Z", "created: 12 October 2016")))
          .isEqualTo(
              "run-charts.md, line 10: created must be a time in UTC like 2016-10-12T12:00:00Z,"
                  + " not \"12 October 2016\"");
    }

    @Test
    void shouldNameAKeyGivenTwice() {
      String text =
          EXAMPLE.replace("stage: implementing\n", "stage: implementing\nstage: testing\n");

      assertThat(problem("run-charts.md", text))
          .isEqualTo("run-charts.md, line 14: the key \"stage\" is given twice (first on line 13)");
    }

    @Test
    void shouldNameAValueThatIsNotOneOfTheChoices() {
      assertThat(
              problem(
                  "run-charts.md", EXAMPLE.replace("themes: [power dynamics", "themes: [power")))
          .contains("line 26: themes is \"power\"; use one of power dynamics, trust,");
    }

    @Test
    void shouldRefuseAFileWithoutHeader() {
      assertThat(problem("plain.md", "## Problem\n\nNo header.\n"))
          .isEqualTo(
              "plain.md, line 1: a story file starts with a YAML header between two lines of three"
                  + " dashes (---)");
    }

    @Test
    void shouldRefuseAFileNameThatCannotBeAnId() {
      assertThat(problem("Run Charts.md", EXAMPLE))
          .startsWith("Run Charts.md: the file name cannot become a story id");
    }
  }

  @Nested
  @DisplayName("when the outline or the data is malformed")
  class MalformedBody {

    @Test
    void shouldNameAnUnknownHeadingAndTheHeadingsThatExist() {
      assertThat(problem("run-charts.md", EXAMPLE.replace("## Problem", "## Lessons")))
          .startsWith(
              "run-charts.md, line 57: there is no section \"## Lessons\"; the headings are Problem,");
    }

    @Test
    void shouldNameTextBeforeTheFirstHeading() {
      assertThat(
              problem(
                  "run-charts.md", EXAMPLE.replace("---\n## Problem", "---\nIntro.\n## Problem")))
          .startsWith("run-charts.md, line 57: text before the first ## heading");
    }

    @Test
    void shouldKeepAHeadingInsideACodeBlockAsText() {
      String text = EXAMPLE.replace("Nobody had asked for it.", "```\n## Lessons\n```");

      assertThat(parse("run-charts.md", text).draft().getOutline().get("didNotWork"))
          .endsWith("```\n## Lessons\n```");
    }

    @Test
    void shouldNameTheCsvFileAndItsLineForABadRow() {
      Map<String, String> bad =
          Map.of("run-charts.wards-reviewing.csv", "date,value\n2016-02-29,1\n2016-03-31,two\n");

      assertThatThrownBy(
              () -> StoryFile.parse("run-charts.md", EXAMPLE, f -> Optional.ofNullable(bad.get(f))))
          .hasMessage(
              "run-charts.wards-reviewing.csv: Line 3: \"two\" is not a number; use digits and a"
                  + " decimal point, without units or thousands separators.");
    }

    @Test
    void shouldNameACsvThatIsNotBesideTheFile() {
      assertThatThrownBy(() -> StoryFile.parse("run-charts.md", EXAMPLE))
          .hasMessage(
              "run-charts.md, line 43: the CSV file run-charts.wards-reviewing.csv is not beside"
                  + " the story file");
    }

    @Test
    void shouldReportEveryBrokenRuleAtItsLine() {
      String text =
          EXAMPLE
              .replace("score: 4.0", "score: 4.2")
              .replace("measures: [restraint]", "measures: [falls]")
              .replace("- [2015-10-31, 25]", "- [2015-09-30, 25]");

      assertThat(problem("run-charts.md", text).split("\n"))
          .containsExactly(
              "run-charts.md, line 16: The progress score of 2016-09-30 is 4.2: use 0.5 to 5.0 in"
                  + " steps of 0.5.",
              "run-charts.md, line 37: Measure Physical restraint incidents per month across four"
                  + " wards: 2015-09-30 is given twice; give each date once.",
              "run-charts.md, line 55: PDSA cycle 1 concerns the measure \"falls\", which the story"
                  + " does not have.");
    }
  }

  @Test
  void shouldReadAMinimalFileWithDefaults() {
    StoryFile file =
        parse(
            "minimal.md",
            "---\ntitle: A minimal story\nauthor: Dr Louise Bergeron\nauthor-id: louise-bergeron\n"
                + "network: access-quebec\n---\n");

    assertThat(file.status()).isEqualTo(StoryStatus.PUBLISHED);
    assertThat(file.created()).isEmpty();
    assertThat(file.draft().getLanguage()).isEqualTo(Language.EN);
    assertThat(file.draft().getMeasures()).isEmpty();
    assertThat(List.copyOf(file.draft().getOutline().values())).containsOnly("");
  }
}
