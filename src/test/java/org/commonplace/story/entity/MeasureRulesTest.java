package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasureRulesTest {

  private static List<Violation> violationsWith(Measure... measures) {
    StoryDraft draft = RichStories.draft();
    draft.setCycles(List.of());
    draft.setMeasures(List.of(measures));
    return StoryRules.violationsOf(draft);
  }

  private static Measure withPoints(MeasurePoint... points) {
    return RichStories.restraint().withValues(List.of(points));
  }

  private static MeasurePoint point(String date, double value) {
    return new MeasurePoint(LocalDate.parse(date), value);
  }

  @Nested
  @DisplayName("when a measure describes itself")
  class Description {

    @Test
    void shouldRequireANameATypeAndADirection() {
      Measure bare = new Measure("m", " ", null, "", null, null, List.of());

      assertThat(violationsWith(bare))
          .extracting(Violation::field)
          .containsExactly("measures[0].name", "measures[0].type", "measures[0].improvement");
    }

    @Test
    void shouldRefuseAnIdThatIsNoSlugAndAnIdUsedTwice() {
      Measure spaced =
          new Measure(
              "Restraint count", "n", MeasureType.OUTCOME, "", Improvement.DOWN, null, null);

      assertThat(violationsWith(spaced, RichStories.restraint(), RichStories.restraint()))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(
              tuple("measures[0].id", "story.measure.id"),
              tuple("measures[2].id", "story.measure.idTwice"));
    }

    @Test
    void shouldRefuseABaselineOfNoPoints() {
      Measure measure = RichStories.restraint();
      Measure zero =
          new Measure(
              measure.id(),
              measure.name(),
              measure.type(),
              measure.unit(),
              measure.improvement(),
              0,
              measure.values());

      assertThat(violationsWith(zero))
          .extracting(Violation::field)
          .containsExactly("measures[0].baseline");
    }

    @Test
    void shouldAcceptABaselineLongerThanTheDataSoFar() {
      Measure measure = RichStories.wardsReviewing();
      Measure early =
          new Measure(
              measure.id(),
              measure.name(),
              measure.type(),
              measure.unit(),
              measure.improvement(),
              8,
              measure.values());

      assertThat(violationsWith(early)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a measure's values are checked")
  class Values {

    @Test
    void shouldAcceptNoValueAndOneValueWhileDataIsStillBeingCollected() {
      assertThat(violationsWith(withPoints(), RichStories.wardsReviewing())).isEmpty();
    }

    @Test
    void shouldRefuseADateGivenTwiceNamingThePoint() {
      assertThat(
              violationsWith(
                  withPoints(
                      point("2016-01-31", 3), point("2016-02-29", 4), point("2016-02-29", 5))))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(tuple("measures[0].values[2]", "story.measure.dateTwice"));
    }

    @Test
    void shouldRefuseADateOutOfOrderRatherThanSortIt() {
      assertThat(
              violationsWith(
                  withPoints(
                      point("2016-01-31", 3), point("2015-02-28", 4), point("2016-03-31", 5))))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(tuple("measures[0].values[1]", "story.measure.dateOrder"));
    }

    @Test
    void shouldRefuseAValueThatIsNoNumberAndAPointWithoutDate() {
      assertThat(
              violationsWith(
                  withPoints(point("2016-01-31", Double.NaN), new MeasurePoint(null, 2))))
          .extracting(Violation::messageKey)
          .containsExactly("story.measure.valueNotFinite", "story.measure.dateRequired");
    }

    @Test
    void shouldAcceptFiveThousandPointsAndRefuseOneMore() {
      List<MeasurePoint> points = new ArrayList<>();
      LocalDate day = LocalDate.of(2000, 1, 1);
      for (int i = 0; i < MeasureRules.POINTS_MAX + 1; i++) {
        points.add(new MeasurePoint(day.plusDays(i), i));
      }

      assertThat(violationsWith(RichStories.restraint().withValues(points.subList(0, 5_000))))
          .isEmpty();
      assertThat(violationsWith(RichStories.restraint().withValues(points)))
          .extracting(Violation::messageKey)
          .containsExactly("story.measure.tooManyPoints");
    }
  }

  @Nested
  @DisplayName("when PDSA cycles are checked")
  class Cycles {

    private List<Violation> violationsWithCycle(PdsaCycle cycle) {
      StoryDraft draft = RichStories.draft();
      draft.setCycles(List.of(cycle));
      return StoryRules.violationsOf(draft);
    }

    @Test
    void shouldRequireTheChangeTested() {
      assertThat(violationsWithCycle(new PdsaCycle(" ", "", null, null, "", "", null, null)))
          .extracting(Violation::field)
          .containsExactly("cycles[0].change");
    }

    @Test
    void shouldRefuseAPlannedEndBeforeTheStart() {
      PdsaCycle backwards =
          new PdsaCycle(
              "Huddles",
              "",
              LocalDate.of(2016, 3, 1),
              LocalDate.of(2016, 2, 1),
              "",
              "",
              null,
              null);

      assertThat(violationsWithCycle(backwards))
          .extracting(Violation::field)
          .containsExactly("cycles[0].plannedEnd");
    }

    @Test
    void shouldRefuseAMeasureTheStoryDoesNotHave() {
      PdsaCycle cycle =
          new PdsaCycle(
              "Huddles", "", null, null, "", "", Act.ADOPT, List.of("restraint", "falls"));

      assertThat(violationsWithCycle(cycle))
          .extracting(Violation::messageKey, Violation::arguments)
          .containsExactly(tuple("story.cycle.measure", List.of(1, "falls")));
    }
  }
}
