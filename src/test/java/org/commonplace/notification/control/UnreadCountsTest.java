package org.commonplace.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnreadCountsTest {

  private final AtomicLong nanos = new AtomicLong();
  private final UnreadCounts counts = new UnreadCounts(nanos::get);
  private long stored;
  private int asked;

  @BeforeEach
  void storeHoldsThree() {
    stored = 3;
  }

  private long count(String memberId) {
    asked++;
    return stored;
  }

  private void pass(Duration time) {
    nanos.addAndGet(time.toNanos());
  }

  @Test
  void shouldAskTheStoreOnceForPagesOpenedWithinTheKeptTime() {
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(3);
    stored = 4;
    pass(UnreadCounts.KEPT.minusMillis(1));
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(3);
    assertThat(asked).isEqualTo(1);
  }

  @Test
  void shouldAskAgainOnceTheKeptTimeHasPassed() {
    counts.of("gwen-pryce", this::count);
    stored = 4;
    pass(UnreadCounts.KEPT.plusMillis(1));
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(4);
  }

  @Test
  void shouldKeepEachMembersCountApart() {
    counts.of("gwen-pryce", this::count);
    stored = 7;
    assertThat(counts.of("tom-ashworth", this::count)).isEqualTo(7);
  }

  @Test
  void shouldAskOnEveryPageWhileAWriteSettlesThenKeepAgain() {
    counts.of("gwen-pryce", this::count);
    counts.forget("gwen-pryce");
    stored = 2;
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(2);
    stored = 1;
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(1);
    assertThat(asked).isEqualTo(3);

    pass(UnreadCounts.SETTLING.plusMillis(1));
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(1);
    stored = 0;
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(1);
    assertThat(asked).isEqualTo(4);
  }

  @Test
  void shouldForgetOnlyTheMemberWhoseCountChanged() {
    counts.of("gwen-pryce", this::count);
    counts.of("tom-ashworth", this::count);
    counts.forget("tom-ashworth");
    stored = 9;
    assertThat(counts.of("gwen-pryce", this::count)).isEqualTo(3);
    assertThat(counts.of("tom-ashworth", this::count)).isEqualTo(9);
  }
}
