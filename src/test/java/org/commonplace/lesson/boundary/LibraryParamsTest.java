package org.commonplace.lesson.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.lesson.entity.LibraryQuery.LibrarySort;
import org.commonplace.story.entity.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The library's filters as sent")
class LibraryParamsTest {

  @Test
  void shouldReadEveryFilterByNameWhateverItsCase() {
    LibraryQuery query =
        LibraryParams.of(
            "funding", " harbourford ", "LEADER", "anecdote", "validated", 2, "applied", 3, "mine");

    assertThat(query.theme()).contains(Theme.FUNDING);
    assertThat(query.network()).contains("harbourford");
    assertThat(query.state()).contains(LessonState.VALIDATED);
    assertThat(query.minApplied()).isEqualTo(2);
    assertThat(query.sort()).isEqualTo(LibrarySort.APPLIED);
    assertThat(query.page()).isEqualTo(3);
    assertThat(query.dueMine()).isTrue();
  }

  @Test
  void shouldTreatAnUnknownValueAsNoFilterRatherThanAnError() {
    LibraryQuery query =
        LibraryParams.of("no-such-theme", "", "chef", null, "lost", -4, "random", 0, "yours");

    assertThat(query.theme()).isEmpty();
    assertThat(query.network()).isEmpty();
    assertThat(query.role()).isEmpty();
    assertThat(query.state()).isEmpty();
    assertThat(query.minApplied()).isZero();
    assertThat(query.sort()).isEqualTo(LibrarySort.NEWEST);
    assertThat(query.page()).isEqualTo(1);
    assertThat(query.dueMine()).isFalse();
  }
}
