package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.Outcome;
import org.commonplace.lesson.entity.TransitionKind;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LessonFileTest {

  /** A retired lesson in the canonical form: every key the format has. */
  static final String RETIRED =
      """
      ---
      statement: 'Phone calls the day before cut missed first appointments: texts alone did not.'
      network: harbourford
      language: en
      state: retired
      proposed-by: gwen-pryce
      proposed-at: 2015-03-02T10:00:00Z
      conditions:
        setting: Hospital outpatient clinics
        population: Adults booked for a first appointment
        scale: Three clinics, 400 appointments a month
      basis:
        - {story: navigator-reminder-calls}
        - {story: navigator-reminder-calls, cycle: 2}
      themes: [patient engagement, data and measurement]
      roles: [clinician, patient partner]
      aims: [timely-discharge]
      adapted-from: rappels-sms
      validated-by: helen-marsh
      validated-at: 2015-04-01T09:00:00Z
      validation-note: |-
        Run chart with a shift of eight points.

        Checked with the clinic teams.
      evidence: run-chart-with-signal
      review-by: 2016-04-01
      retired-by: helen-marsh
      retired-at: 2016-05-01T09:00:00Z
      retired-reason: The booking system now sends a call itself.
      replaced-by: automated-reminder-calls
      applications:
        - member: tom-ashworth
          organisation: harbourford-city-council
          applied-on: 2015-06-01
          adapted: Calls made by a care navigator instead of clinic staff.
          outcome: did not work
          result: Nobody answered in the daytime.
          recorded-at: 2015-09-01T08:00:00Z
        - member: joan-whitfield
          organisation: harbourford-patients-forum
          applied-on: 2015-07-01
          outcome: worked
      ---

      Call each patient the afternoon before.

      - Say who is calling and why.
      """;

  private static final LessonFile.Names IDS =
      new LessonFile.Names() {
        @Override
        public String member(String memberId) {
          return "name of " + memberId;
        }

        @Override
        public String organisation(String organisationId) {
          return "name of " + organisationId;
        }

        @Override
        public String story(String storyId) {
          return "title of " + storyId;
        }

        @Override
        public String thread(String threadId) {
          return "title of thread " + threadId;
        }
      };

  private static Lesson read(String text) {
    return LessonFile.parse("lessons/phone-calls.md", text).toLesson(IDS);
  }

  private static String header(String... lines) {
    return "---\n" + String.join("\n", lines) + "\n---\n";
  }

  private static final String[] PROPOSED = {
    "statement: Ask the ward what the data should answer.",
    "network: northvale-mental-health",
    "proposed-by: priya-raman",
    "proposed-at: 2016-02-01T10:00:00Z"
  };

  private static String proposed(String... more) {
    String[] lines = java.util.Arrays.copyOf(PROPOSED, PROPOSED.length + more.length);
    System.arraycopy(more, 0, lines, PROPOSED.length, more.length);
    return header(lines);
  }

  @Nested
  @DisplayName("reading a lesson file")
  class Reading {

    @Test
    void shouldReadEveryKeyOfTheFormat() {
      Lesson lesson = read(RETIRED);

      assertThat(lesson.id()).isEqualTo("phone-calls");
      assertThat(lesson.state()).isEqualTo(LessonState.RETIRED);
      assertThat(lesson.conditions().scale()).isEqualTo("Three clinics, 400 appointments a month");
      assertThat(lesson.basis())
          .extracting(b -> b.kind(), b -> b.cycle(), b -> b.title())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  BasisKind.STORY, null, "title of navigator-reminder-calls"),
              org.assertj.core.groups.Tuple.tuple(
                  BasisKind.CYCLE, 2, "title of navigator-reminder-calls"));
      assertThat(lesson.themes())
          .containsExactly(Theme.PATIENT_ENGAGEMENT, Theme.DATA_AND_MEASUREMENT);
      assertThat(lesson.roles())
          .containsExactly(StakeholderRole.CLINICIAN, StakeholderRole.PATIENT_PARTNER);
      assertThat(lesson.evidenceLevel()).isEqualTo(EvidenceLevel.RUN_CHART_WITH_SIGNAL);
      assertThat(lesson.replacedBy()).isEqualTo("automated-reminder-calls");
      assertThat(lesson.action())
          .isEqualTo("Call each patient the afternoon before.\n\n- Say who is calling and why.");
    }

    @Test
    void shouldDeriveTheTransitionsFromWhoDidWhatWhen() {
      Lesson lesson = read(RETIRED);

      assertThat(lesson.transitions())
          .extracting(t -> t.kind(), t -> t.from(), t -> t.to(), t -> t.by(), t -> t.note())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.PROPOSED, null, LessonState.PROPOSED, "gwen-pryce", null),
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.VALIDATED,
                  LessonState.PROPOSED,
                  LessonState.VALIDATED,
                  "helen-marsh",
                  "Run chart with a shift of eight points.\n\nChecked with the clinic teams."),
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.RETIRED,
                  LessonState.VALIDATED,
                  LessonState.RETIRED,
                  "helen-marsh",
                  "The booking system now sends a call itself."));
      assertThat(lesson.updated()).isEqualTo(Instant.parse("2016-05-01T09:00:00Z"));
      assertThat(lesson.transitions().get(0).byName()).isEqualTo("name of gwen-pryce");
    }

    @Test
    void shouldCountApplicationsAndTakeTheDayAppliedAsRecordedWhenNotSaid() {
      Lesson lesson = read(RETIRED);

      assertThat(lesson.applicationCount()).isEqualTo(2);
      assertThat(lesson.didNotWorkCount()).isEqualTo(1);
      assertThat(lesson.flagged()).isFalse();
      assertThat(lesson.applications().get(1).recordedAt())
          .isEqualTo(Instant.parse("2015-07-01T00:00:00Z"));
      assertThat(lesson.applications().get(0).outcome()).isEqualTo(Outcome.DID_NOT_WORK);
      assertThat(lesson.applications().get(0).organisationName())
          .isEqualTo("name of harbourford-city-council");
    }

    @Test
    void shouldDefaultTheReviewToAYearAfterValidation() {
      Lesson lesson =
          read(
              proposed(
                  "state: validated",
                  "validated-by: daniel-osei",
                  "validated-at: 2016-03-31T23:30:00Z",
                  "validation-note: Seen on four wards.",
                  "evidence: before-and-after"));

      assertThat(lesson.reviewBy()).isEqualTo(LocalDate.parse("2017-03-31"));
      assertThat(lesson.transitions()).hasSize(2);
    }

    @Test
    void shouldTakeAProposedLessonWithNothingButItsStatement() {
      Lesson lesson = read(proposed());

      assertThat(lesson.state()).isEqualTo(LessonState.PROPOSED);
      assertThat(lesson.transitions()).hasSize(1);
      assertThat(lesson.action()).isEmpty();
      assertThat(lesson.updated()).isEqualTo(lesson.proposedAt());
    }
  }

  @Nested
  @DisplayName("deriving the flag")
  class Flag {

    @Test
    void shouldFlagWhenMoreThanHalfOfAtLeastTwoDidNotWork() {
      assertThat(LessonFile.isFlagged(2, 2)).isTrue();
      assertThat(LessonFile.isFlagged(3, 2)).isTrue();
      assertThat(LessonFile.isFlagged(4, 2)).isFalse();
      assertThat(LessonFile.isFlagged(1, 1)).isFalse();
      assertThat(LessonFile.isFlagged(0, 0)).isFalse();
    }

    @Test
    void shouldFlagALessonWhoseApplicationsMostlyDidNotWork() {
      String text =
          proposed(
              "applications:",
              "  - {member: joan-whitfield, organisation: harbourford-patients-forum,"
                  + " applied-on: 2016-03-01, outcome: did not work}",
              "  - {member: daniel-osei, organisation: northvale-mental-health-trust,"
                  + " applied-on: 2016-04-01, outcome: did not work}",
              "  - {member: priya-raman, organisation: kettlewick-university,"
                  + " applied-on: 2016-05-01, outcome: worked}");

      assertThat(read(text).flagged()).isTrue();
    }
  }

  @Nested
  @DisplayName("refusing a lesson the portal would refuse")
  class Rules {

    @Test
    void shouldCountSentencesAsAReaderWould() {
      assertThat(LessonFileRules.sentences("It worked.")).isEqualTo(1);
      assertThat(LessonFileRules.sentences("It worked. Then it stopped!")).isEqualTo(2);
      assertThat(LessonFileRules.sentences("Pourquoi ? Parce que.")).isEqualTo(2);
      assertThat(LessonFileRules.sentences("No full stop at the end")).isEqualTo(1);
      assertThat(LessonFileRules.sentences("One. Two. Three.")).isEqualTo(3);
    }

    @Test
    void shouldRefuseAStatementOfThreeSentencesAtItsLine() {
      String text =
          proposed().replace("Ask the ward what the data should answer.", "One. Two. Three.");

      assertThatThrownBy(() -> read(text))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("lessons/phone-calls.md, line 2")
          .hasMessageContaining("3 sentences");
    }

    @Test
    void shouldRefuseAStatementOverThreeHundredCharacters() {
      String text = proposed().replace("Ask the ward", "Ask " + "very ".repeat(60) + "the ward");

      assertThatThrownBy(() -> read(text)).hasMessageContaining("at most 300 are allowed");
    }

    @Test
    void shouldRefuseAValidationOnAProposedLesson() {
      assertThatThrownBy(() -> read(proposed("evidence: anecdote")))
          .hasMessageContaining("evidence is only for a validated lesson");
    }

    @Test
    void shouldRefuseARetiredLessonWithoutItsReason() {
      assertThatThrownBy(
              () ->
                  read(
                      proposed(
                          "state: retired",
                          "retired-by: daniel-osei",
                          "retired-at: 2016-05-01T00:00:00Z")))
          .hasMessageContaining("retired-reason is missing");
    }

    @Test
    void shouldRefuseAValidationBeforeTheProposal() {
      assertThatThrownBy(
              () ->
                  read(
                      proposed(
                          "state: validated",
                          "validated-by: daniel-osei",
                          "validated-at: 2016-01-01T00:00:00Z",
                          "validation-note: Fine.",
                          "evidence: anecdote")))
          .hasMessageContaining("validated-at (2016-01-01T00:00:00Z) is before");
    }

    @Test
    void shouldRefuseAnApplicationRecordedAfterTheLessonWasRetired() {
      String text =
          proposed(
              "state: retired",
              "retired-by: daniel-osei",
              "retired-at: 2016-05-01T00:00:00Z",
              "retired-reason: Replaced.",
              "applications:",
              "  - {member: joan-whitfield, organisation: harbourford-patients-forum,"
                  + " applied-on: 2016-06-01, outcome: worked}");

      assertThatThrownBy(() -> read(text)).hasMessageContaining("nobody applies a retired lesson");
    }

    @Test
    void shouldRefuseAnOutcomeItDoesNotKnowWithTheChoices() {
      String text =
          proposed(
              "applications:",
              "  - {member: joan-whitfield, organisation: harbourford-patients-forum,"
                  + " applied-on: 2016-06-01, outcome: great}");

      assertThatThrownBy(() -> read(text))
          .hasMessageContaining("line 7")
          .hasMessageContaining("use one of worked, partly, did-not-work");
    }

    @Test
    void shouldRefuseAMisspeltKeyAtItsLine() {
      assertThatThrownBy(() -> read(proposed("evidnce: anecdote")))
          .hasMessageContaining("line 6")
          .hasMessageContaining("there is no key \"evidnce\"");
    }

    @Test
    void shouldRefuseAFileNameThatCannotBeAnId() {
      assertThatThrownBy(() -> LessonFile.parse("lessons/Phone Calls.md", proposed()))
          .hasMessageContaining("cannot become a lesson id");
    }
  }

  @Nested
  @DisplayName("writing a lesson back")
  class Writing {

    @Test
    void shouldWriteTheCanonicalFileItReadByteForByte() {
      assertThat(LessonFileWriter.write(read(RETIRED))).isEqualTo(RETIRED);
    }

    @Test
    void shouldWriteTheSameBytesForWhatItReadBack() {
      String first = LessonFileWriter.write(read(proposed("language: fr", "themes: [trust]")));

      assertThat(LessonFileWriter.write(read(first))).isEqualTo(first);
      assertThat(first).contains("state: proposed\n").doesNotContain("review-by");
    }

    @Test
    void shouldWriteTheDefaultReviewDateSoTheFileSaysIt() {
      String written =
          LessonFileWriter.write(
              read(
                  proposed(
                      "state: validated",
                      "validated-by: daniel-osei",
                      "validated-at: 2016-03-01T00:00:00Z",
                      "validation-note: Fine.",
                      "evidence: anecdote")));

      assertThat(written).contains("review-by: 2017-03-01\n");
    }
  }
}
