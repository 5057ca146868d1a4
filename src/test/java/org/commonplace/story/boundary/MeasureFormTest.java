package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasureFormTest {

  private static final Measure STORED =
      new Measure(
          "restraint",
          "Physical restraint incidents per month",
          MeasureType.OUTCOME,
          "incidents",
          Improvement.DOWN,
          8,
          List.of(
              new MeasurePoint(LocalDate.of(2015, 9, 30), 23),
              new MeasurePoint(LocalDate.of(2015, 10, 31), 24.5)));

  private final List<Violation> found = new ArrayList<>();

  @Nested
  @DisplayName("a stored measure shown on the page and saved again")
  class RoundTrip {

    @Test
    void shouldShowTheValuesAsCsvLinesWrittenAsPeopleWriteNumbers() {
      MeasureForm form = MeasureForm.of(STORED);

      assertThat(form.getCsv()).isEqualTo("2015-09-30,23\n2015-10-31,24.5");
      assertThat(form.getKey()).isEqualTo("restraint");
      assertThat(form.getType()).isEqualTo("OUTCOME");
      assertThat(form.getImprovement()).isEqualTo("DOWN");
      assertThat(form.getBaseline()).isEqualTo("8");
    }

    @Test
    void shouldBecomeTheSameMeasure() {
      Measure saved = MeasureForm.of(STORED).toMeasure("measures[0]", 1, "restraint", found);

      assertThat(saved).isEqualTo(STORED);
      assertThat(found).isEmpty();
    }

    @Test
    void shouldShowAMeasureWithNoBaselineAndNoValuesAsEmptyFields() {
      MeasureForm form =
          MeasureForm.of(
              new Measure("waits", "Waits", MeasureType.PROCESS, "", Improvement.UP, null, null));

      assertThat(form.getBaseline()).isEmpty();
      assertThat(form.getCsv()).isEmpty();
    }
  }

  @Nested
  @DisplayName("a measure typed on the page")
  class Typed {

    @Test
    void shouldReadPastedCsvWithAHeader() {
      MeasureForm form = typed("date,value\n2016-01-31,12\n2016-02-29,9\n");

      Measure measure = form.toMeasure("measures[0]", 1, "waits", found);

      assertThat(measure.values())
          .containsExactly(
              new MeasurePoint(LocalDate.of(2016, 1, 31), 12),
              new MeasurePoint(LocalDate.of(2016, 2, 29), 9));
      assertThat(found).isEmpty();
    }

    @Test
    void shouldNameTheLineOfADuplicateDateAtTheCsvFieldAndKeepTheTextVerbatim() {
      String pasted = "2016-01-31,12\n2016-01-31,9";
      MeasureForm form = typed(pasted);

      Measure measure = form.toMeasure("measures[1]", 2, "waits", found);

      assertThat(found)
          .containsExactly(
              Violation.of(
                  "measures[1].csv", "story.csv.duplicate", 2, LocalDate.of(2016, 1, 31), 1));
      assertThat(measure.values()).isEmpty();
      assertThat(form.getCsv()).isEqualTo(pasted);
    }

    @Test
    void shouldAllowFewerThanTwoPoints() {
      Measure measure = typed("2016-01-31,12").toMeasure("measures[0]", 1, "waits", found);

      assertThat(measure.values()).hasSize(1);
      assertThat(found).isEmpty();
    }

    @Test
    void shouldRefuseABaselineThatIsNotAWholeNumber() {
      MeasureForm form = typed("");
      form.setBaseline("eight");

      Measure measure = form.toMeasure("measures[0]", 1, "waits", found);

      assertThat(measure.baseline()).isNull();
      assertThat(found)
          .containsExactly(
              Violation.of("measures[0].baseline", "edit.measure.baselineNumber", 1, "eight"));
    }

    @Test
    void shouldLeaveAnUnchosenTypeAndDirectionToTheStorysRules() {
      MeasureForm form = new MeasureForm();
      form.setName("Waits");

      Measure measure = form.toMeasure("measures[0]", 1, "waits", found);

      assertThat(measure.type()).isNull();
      assertThat(measure.improvement()).isNull();
      assertThat(found).isEmpty();
    }

    @Test
    void shouldRefuseATypeThatIsNotOneOfTheChoices() {
      MeasureForm form = new MeasureForm();
      form.setType("SOMETIMES");

      form.toMeasure("measures[0]", 1, "waits", found);

      assertThat(found).extracting(Violation::field).containsExactly("measures[0].type");
    }

    private MeasureForm typed(String csv) {
      MeasureForm form = new MeasureForm();
      form.setName("Days to third next available appointment");
      form.setType("PROCESS");
      form.setImprovement("DOWN");
      form.setCsv(csv);
      return form;
    }
  }

  @Nested
  @DisplayName("a new row")
  class NewRow {

    @Test
    void shouldGetAKeyNoOtherRowHasAndNoStoredIdCanHave() {
      List<MeasureForm> rows = new ArrayList<>(List.of(MeasureForm.of(STORED)));
      rows.add(MeasureForm.added(rows));
      rows.add(MeasureForm.added(rows));

      assertThat(rows)
          .extracting(MeasureForm::getKey)
          .containsExactly("restraint", "new:1", "new:2");
      assertThat(rows.get(1).isNew()).isTrue();
      assertThat(rows.get(0).isNew()).isFalse();
    }

    @Test
    void shouldBeBlankUntilSomethingIsTyped() {
      MeasureForm form = MeasureForm.added(List.of());
      assertThat(form.isBlank()).isTrue();

      form.setUnit("days");
      assertThat(form.isBlank()).isFalse();
    }
  }

  @Test
  void shouldReadARowAsPostedByThePage() {
    PostedForm posted =
        new PostedForm(
            Map.of(
                "story:measure-0-key", new String[] {"new:1"},
                "story:measure-0-name", new String[] {"Falls"},
                "story:measure-0-csv", new String[] {"2016-01-31,3\r\n2016-02-29,4"}),
            "story");

    MeasureForm form = MeasureForm.posted(posted, 0);

    assertThat(form.getKey()).isEqualTo("new:1");
    assertThat(form.getName()).isEqualTo("Falls");
    assertThat(form.getCsv()).isEqualTo("2016-01-31,3\r\n2016-02-29,4");
    assertThat(form.getBaseline()).isEmpty();
  }
}
