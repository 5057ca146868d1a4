package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonplace.lesson.entity.LessonRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lesson drafted from a discussion")
class LessonSketchTest {

  @Test
  void shouldTakeTheTitleAsTheStatement() {
    assertThat(LessonSketch.statement(" Huddles cut handover time "))
        .isEqualTo("Huddles cut handover time");
  }

  @Test
  void shouldJoinATitleOfThreeSentencesIntoOne() {
    String statement = LessonSketch.statement("Huddles work. Keep them short. Ask everyone.");
    assertThat(LessonRules.sentences(statement)).isLessThanOrEqualTo(2);
  }

  @Test
  void shouldCutALongActionToWhatALessonKeeps() {
    String action = LessonSketch.action("word ".repeat(3_000));
    assertThat(action).hasSizeLessThanOrEqualTo(LessonRules.ACTION_MAX_CHARS).endsWith("…");
  }

  @Test
  void shouldKeepAShortActionAsWritten() {
    assertThat(LessonSketch.action("Run a 10-minute huddle.")).isEqualTo("Run a 10-minute huddle.");
  }
}
