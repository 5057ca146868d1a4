package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.PdsaCycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CycleFormTest {

  private static final PdsaCycle STORED =
      new PdsaCycle(
          "Ask each ward what question the data should answer",
          "Staff will name questions about their own ward.",
          LocalDate.of(2016, 1, 4),
          LocalDate.of(2016, 1, 29),
          "Researchers joined two team meetings per ward.",
          "As predicted.",
          Act.ADAPT,
          List.of("restraint"));

  private final List<Violation> found = new ArrayList<>();

  @Nested
  @DisplayName("a stored cycle shown on the page and saved again")
  class RoundTrip {

    @Test
    void shouldShowEveryPartAsText() {
      CycleForm form = CycleForm.of(STORED);

      assertThat(form.getChange()).isEqualTo(STORED.change());
      assertThat(form.getPlannedStart()).isEqualTo("2016-01-04");
      assertThat(form.getPlannedEnd()).isEqualTo("2016-01-29");
      assertThat(form.getAct()).isEqualTo("ADAPT");
      assertThat(form.getMeasures()).containsExactly("restraint");
    }

    @Test
    void shouldBecomeTheSameCycle() {
      PdsaCycle saved =
          CycleForm.of(STORED).toCycle("cycles[0]", 1, Map.of("restraint", "restraint"), found);

      assertThat(saved).isEqualTo(STORED);
      assertThat(found).isEmpty();
    }

    @Test
    void shouldShowACycleStillRunningWithNoDatesAndNoDecisionAsEmptyFields() {
      CycleForm form =
          CycleForm.of(new PdsaCycle("Try it", "", null, null, "", "", null, List.of()));

      assertThat(form.getPlannedStart()).isEmpty();
      assertThat(form.getAct()).isEmpty();
      assertThat(form.toCycle("cycles[0]", 1, Map.of(), found).act()).isNull();
    }
  }

  @Nested
  @DisplayName("a cycle typed on the page")
  class Typed {

    @Test
    void shouldRefuseADateThatIsNoDateNamingTheCycleAndTheTypedText() {
      CycleForm form = new CycleForm();
      form.setChange("Try it");
      form.setPlannedStart("31/01/2016");

      PdsaCycle cycle = form.toCycle("cycles[2]", 3, Map.of(), found);

      assertThat(cycle.plannedStart()).isNull();
      assertThat(found)
          .containsExactly(
              Violation.of("cycles[2].plannedStart", "edit.cycle.date", 3, "31/01/2016"));
      assertThat(form.getPlannedStart()).isEqualTo("31/01/2016");
    }

    @Test
    void shouldReadADateWithSpacesAround() {
      CycleForm form = new CycleForm();
      form.setPlannedEnd(" 2016-02-29 ");

      assertThat(form.toCycle("cycles[0]", 1, Map.of(), found).plannedEnd())
          .isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void shouldRefuseADecisionThatIsNotOneOfTheChoices() {
      CycleForm form = new CycleForm();
      form.setAct("MAYBE");

      form.toCycle("cycles[0]", 1, Map.of(), found);

      assertThat(found).extracting(Violation::field).containsExactly("cycles[0].act");
    }

    @Test
    void shouldSaveTheMeasuresByTheirIdsAndForgetAMeasureNoLongerInTheStory() {
      CycleForm form = new CycleForm();
      form.setMeasures(List.of("new:1", "removed", "waits"));

      PdsaCycle cycle =
          form.toCycle("cycles[0]", 1, Map.of("new:1", "falls", "waits", "waits"), found);

      assertThat(cycle.measures()).containsExactly("falls", "waits");
    }

    @Test
    void shouldTakeNullsFromFacesAsEmptyText() {
      CycleForm form = new CycleForm();
      form.setStudy(null);
      form.setMeasures(null);

      assertThat(form.getStudy()).isEmpty();
      assertThat(form.getMeasures()).isEmpty();
      assertThat(form.isBlank()).isTrue();
    }
  }

  @Nested
  @DisplayName("a blank row")
  class Blank {

    @Test
    void shouldBeBlankWhenNothingIsTypedOrChosen() {
      CycleForm form = new CycleForm();
      form.setChange("   ");

      assertThat(form.isBlank()).isTrue();
    }

    @Test
    void shouldNotBeBlankWithADecisionOnly() {
      CycleForm form = new CycleForm();
      form.setAct("ABANDON");

      assertThat(form.isBlank()).isFalse();
    }

    @Test
    void shouldNotBeBlankWithAMeasureTickedOnly() {
      CycleForm form = new CycleForm();
      form.setMeasures(List.of("waits"));

      assertThat(form.isBlank()).isFalse();
    }
  }

  @Test
  void shouldReadARowAsPostedByThePage() {
    PostedForm posted =
        new PostedForm(
            Map.of(
                "story:cycle-1-change", new String[] {"Evening slots"},
                "story:cycle-1-plannedStart", new String[] {"2016-03-01"},
                "story:cycle-1-act", new String[] {"ADOPT"},
                "story:cycle-1-measures", new String[] {"waits", "new:2"}),
            "story");

    CycleForm form = CycleForm.posted(posted, 1);

    assertThat(form.getChange()).isEqualTo("Evening slots");
    assertThat(form.getPlannedStart()).isEqualTo("2016-03-01");
    assertThat(form.getPrediction()).isEmpty();
    assertThat(form.getAct()).isEqualTo("ADOPT");
    assertThat(form.getMeasures()).containsExactly("waits", "new:2");
  }
}
