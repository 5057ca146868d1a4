package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.id.Ids;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A reply's id from the API's Idempotency-Key")
class IdempotencyKeysTest {

  static final Viewer GWEN = Viewer.member("gwen-pryce", "Gwen", false, Set.of("h"), Set.of());
  static final Viewer HELEN = Viewer.member("helen-marsh", "Helen", false, Set.of("h"), Set.of());

  @Test
  void shouldGiveTheSameIdForTheSameCallerThreadAndKey() {
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", "Key-1"))
        .isEqualTo(IdempotencyKeys.replyId(GWEN, "t-1", " Key-1 "));
  }

  @Test
  void shouldGiveTwoCallersWithOneKeyDifferentIds() {
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", "k"))
        .isNotEqualTo(IdempotencyKeys.replyId(HELEN, "t-1", "k"));
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", "k"))
        .isNotEqualTo(IdempotencyKeys.replyId(GWEN, "t-2", "k"));
  }

  @Test
  void shouldMakeAWellFormedIdOfAnyKey() {
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", "Ünïcode / spaces and {braces}"))
        .hasValueSatisfying(id -> assertThat(Ids.isWellFormed(id)).isTrue());
  }

  @Test
  void shouldLeaveTheIdToTheCoreWithoutAKey() {
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", null)).isEmpty();
    assertThat(IdempotencyKeys.replyId(GWEN, "t-1", "  ")).isEmpty();
  }
}
