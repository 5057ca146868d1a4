package org.commonplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A time element's datetime attribute")
class DatesViewTest {

  private final DatesView dates = new DatesView();

  @Test
  void shouldKeepAtMostThreeDigitsOfASecondAsHtmlAllows() {
    assertThat(dates.iso(Instant.parse("2026-11-27T14:59:02.297189643Z")))
        .isEqualTo("2026-11-27T14:59:02.297Z");
  }

  @Test
  void shouldWriteAWholeSecondWithoutFractionAndNothingForNoTime() {
    assertThat(dates.iso(Instant.parse("2026-11-27T14:59:02Z"))).isEqualTo("2026-11-27T14:59:02Z");
    assertThat(dates.iso(null)).isEmpty();
  }
}
