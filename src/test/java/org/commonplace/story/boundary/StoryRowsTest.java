package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.InvolvedOrganisation;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.StoryDraft;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryRowsTest {

  private static StoryDraft storedDraft() {
    StoryDraft draft = new StoryDraft();
    draft.setMeasures(
        List.of(
            new Measure(
                "waits",
                "Waits",
                MeasureType.OUTCOME,
                "days",
                Improvement.DOWN,
                null,
                List.of(new MeasurePoint(LocalDate.of(2016, 1, 31), 12)))));
    draft.setCycles(
        List.of(cycle("First change", "waits"), cycle("Second change"), cycle("Third change")));
    return draft;
  }

  private static PdsaCycle cycle(String change, String... measures) {
    return new PdsaCycle(change, "", null, null, "", "", null, List.of(measures));
  }

  private static List<String> changes(StoryRows rows) {
    return rows.getCycles().stream().map(CycleForm::getChange).toList();
  }

  @Nested
  @DisplayName("when rows are added, moved and removed")
  class Editing {

    private final StoryRows rows = StoryRows.of(storedDraft());

    @Test
    void shouldMoveACycleUpAndDown() {
      rows.moveCycle(2, -1);
      assertThat(changes(rows)).containsExactly("First change", "Third change", "Second change");

      rows.moveCycle(0, 1);
      assertThat(changes(rows)).containsExactly("Third change", "First change", "Second change");
    }

    @Test
    void shouldChangeNothingOnAMovePastEitherEndOrARowThatIsNotThere() {
      rows.moveCycle(0, -1);
      rows.moveCycle(2, 1);
      rows.moveCycle(7, -1);
      rows.removeCycle(-1);
      rows.removeCycle(3);

      assertThat(changes(rows)).containsExactly("First change", "Second change", "Third change");
    }

    @Test
    void shouldAddAnEmptyCycleAtTheEndAndRemoveOneByItsRow() {
      rows.addCycle();
      rows.removeCycle(1);

      assertThat(changes(rows)).containsExactly("First change", "Third change", "");
    }

    @Test
    void shouldMoveAndRemoveMeasures() {
      rows.addMeasure();
      rows.getMeasures().get(1).setName("Falls");
      rows.moveMeasure(1, -1);

      assertThat(rows.getMeasures())
          .extracting(MeasureForm::getName)
          .containsExactly("Falls", "Waits");

      rows.removeMeasure(0);
      assertThat(rows.getMeasures()).extracting(MeasureForm::getName).containsExactly("Waits");
    }
  }

  @Nested
  @DisplayName("when the rows are saved into the draft")
  class Saving {

    @Test
    void shouldGiveTheDraftTheCyclesInTheirNewOrder() {
      StoryDraft draft = storedDraft();
      StoryRows rows = StoryRows.of(draft);
      rows.moveCycle(1, -1);

      List<Violation> unread = rows.applyTo(draft);

      assertThat(unread).isEmpty();
      assertThat(draft.getCycles())
          .extracting(PdsaCycle::change)
          .containsExactly("Second change", "First change", "Third change");
      assertThat(draft.getCycles().get(1).measures()).containsExactly("waits");
    }

    @Test
    void shouldDropBlankRowsSoTheRestAreNumberedAsTheRulesNumberThem() {
      StoryDraft draft = storedDraft();
      StoryRows rows = StoryRows.of(draft);
      rows.addCycle();
      rows.moveCycle(3, -1);
      rows.getCycles().get(3).setPlannedStart("soon");
      rows.addMeasure();

      List<Violation> unread = rows.applyTo(draft);

      assertThat(rows.getCycles()).hasSize(3);
      assertThat(draft.getCycles()).hasSize(3);
      assertThat(draft.getMeasures()).hasSize(1);
      assertThat(unread).extracting(Violation::field).containsExactly("cycles[2].plannedStart");
    }

    @Test
    void shouldGiveANewMeasureAReadableIdFromItsNameAndTheCyclesThatTickedIt() {
      StoryDraft draft = storedDraft();
      StoryRows rows = StoryRows.of(draft);
      rows.addMeasure();
      rows.addMeasure();
      rows.getMeasures().get(1).setName("Waits");
      rows.getMeasures().get(2).setName("Falls at night");
      rows.getCycles().get(1).setMeasures(List.of("new:1", "new:2"));

      rows.applyTo(draft);

      assertThat(draft.getMeasures())
          .extracting(Measure::id)
          .containsExactly("waits", "waits-2", "falls-at-night");
      assertThat(draft.getCycles().get(1).measures()).containsExactly("waits-2", "falls-at-night");
    }

    @Test
    void shouldGiveTheDraftItsOrganisationsAndDropAnEmptyOne() {
      StoryDraft draft = storedDraft();
      StoryRows rows = StoryRows.of(draft);
      rows.addOrganisation();
      rows.addOrganisation();
      rows.getOrganisations().get(1).setName("Riverside Community Health Centre");
      rows.getOrganisations().get(1).setContribution("Protected slots.");
      rows.removeOrganisation(0);
      rows.addOrganisation();

      rows.applyTo(draft);

      assertThat(draft.getOrganisations())
          .containsExactly(
              new InvolvedOrganisation("Riverside Community Health Centre", "Protected slots."));
      assertThat(rows.getOrganisations()).hasSize(1);
    }

    @Test
    void shouldLeaveATickForARemovedMeasureOut() {
      StoryDraft draft = storedDraft();
      StoryRows rows = StoryRows.of(draft);
      rows.removeMeasure(0);

      rows.applyTo(draft);

      assertThat(draft.getCycles().get(0).measures()).isEmpty();
      assertThat(draft.getMeasures()).isEmpty();
    }
  }

  @Test
  void shouldReadAsManyRowsAsThePagePostedAndNoMoreThanAnyStoryCouldHave() {
    Map<String, String[]> params = new HashMap<>();
    params.put("story:cycle-rows", new String[] {"2"});
    params.put("story:cycle-0-change", new String[] {"First"});
    params.put("story:cycle-1-change", new String[] {"Second"});
    params.put("story:measure-rows", new String[] {"100000"});

    StoryRows rows = StoryRows.posted(new PostedForm(params, "story"));

    assertThat(changes(rows)).containsExactly("First", "Second");
    assertThat(rows.getMeasures()).hasSize(PostedForm.ROWS_MAX);
  }

  @Nested
  @DisplayName("a problem's field on the page")
  class Fields {

    @Test
    void shouldNameTheFieldOfACyclesPart() {
      assertThat(StoryRows.fieldOf("cycles[2].study")).contains("cycle-2-study");
      assertThat(StoryRows.fieldOf("cycles[0].plannedEnd")).contains("cycle-0-plannedEnd");
    }

    @Test
    void shouldPutAMeasuresIdAtItsNameAndItsValuesAtItsCsv() {
      assertThat(StoryRows.fieldOf("measures[1].id")).contains("measure-1-name");
      assertThat(StoryRows.fieldOf("measures[1].values[3]")).contains("measure-1-csv");
      assertThat(StoryRows.fieldOf("measures[1].values")).contains("measure-1-csv");
      assertThat(StoryRows.fieldOf("measures[0].csv")).contains("measure-0-csv");
    }

    @Test
    void shouldNameTheFieldOfAnOrganisationsPart() {
      assertThat(StoryRows.fieldOf("organisations[3].contribution"))
          .contains("organisation-3-contribution");
      assertThat(StoryRows.fieldOf("organisations[0].name")).contains("organisation-0-name");
    }

    @Test
    void shouldHaveNoFieldForTheListAsAWhole() {
      assertThat(StoryRows.fieldOf("cycles")).isEmpty();
      assertThat(StoryRows.fieldOf("measures")).isEmpty();
      assertThat(StoryRows.fieldOf("organisations")).isEmpty();
    }
  }
}
