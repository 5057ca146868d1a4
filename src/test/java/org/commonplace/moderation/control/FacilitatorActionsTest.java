package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * What every action must carry before anything is read: built without collaborators, an action that
 * got past these checks would fail on them instead.
 */
class FacilitatorActionsTest {

  private final FacilitatorActions actions = new FacilitatorActions();
  private final Viewer helen =
      Viewer.member("helen-marsh", "Helen Marsh", false, Set.of(), Set.of("harbourford"));

  private static ActionRequest request(String action, String reason) {
    return new ActionRequest(
        action, "a-thread", null, null, null, reason, null, null, null, null, null);
  }

  @Test
  void shouldRefuseAnActionWithoutAReason() {
    assertThatThrownBy(() -> actions.act(helen, request("HIDE", "")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("reason", "moderation.error.reasonRequired")));
  }

  @Test
  void shouldRefuseAnUnknownAction() {
    assertThatThrownBy(() -> actions.act(helen, request("DELETE_EVERYTHING", "because")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("action", "moderation.error.action")));
  }

  @Test
  void shouldRefuseAPostActionWithoutAThread() {
    ActionRequest noThread =
        new ActionRequest("HIDE", " ", null, null, null, "spam", null, null, null, null, null);

    assertThatThrownBy(() -> actions.act(helen, noThread))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("threadId", "moderation.error.required")));
  }
}
