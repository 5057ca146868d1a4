package org.commonplace.story.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.InvalidStoryException;
import org.junit.jupiter.api.Test;

/**
 * The rules a steward's request must meet before anything is read or written: the stewardship is
 * built without its collaborators, so a rule that let a request through would fail on them.
 */
class StoryStewardshipTest {

  private final StoryStewardship stewardship = new StoryStewardship();
  private final Viewer louise =
      Viewer.member(
          "louise-bergeron",
          "Dr Louise Bergeron",
          false,
          Set.of("access-quebec"),
          Set.of("access-quebec"));

  @Test
  void shouldRefuseAWithdrawalReasonLongerThan1000Characters() {
    assertThatThrownBy(() -> stewardship.withdraw(louise, "a-story", "why ".repeat(251)))
        .isInstanceOfSatisfying(
            InvalidStoryException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of("reason", "story.withdraw.reasonTooLong", 1_000)));
  }

  @Test
  void shouldRefuseAPassageShorterThan3CharactersOnceStripped() {
    assertThatThrownBy(() -> stewardship.redact(louise, "a-story", "  51 "))
        .isInstanceOfSatisfying(
            InvalidStoryException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("passage", "story.redact.tooShort", 3)));
  }

  @Test
  void shouldRefuseToConfirmNoEvidenceLevel() {
    assertThatThrownBy(() -> stewardship.confirmEvidence(louise, "a-story", null))
        .isInstanceOfSatisfying(
            InvalidStoryException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("level", "story.evidence.required")));
  }
}
