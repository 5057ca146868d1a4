package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A page number typed into an address")
class PageNumbersTest {

  @Test
  void shouldReadAPositiveWholeNumber() {
    assertThat(PageNumbers.parse("3")).isEqualTo(3);
    assertThat(PageNumbers.parse(" 12 ")).isEqualTo(12);
  }

  @Test
  void shouldMeanTheFirstPageForNothingZeroNegativeOrWords() {
    assertThat(PageNumbers.parse(null)).isEqualTo(1);
    assertThat(PageNumbers.parse("")).isEqualTo(1);
    assertThat(PageNumbers.parse("0")).isEqualTo(1);
    assertThat(PageNumbers.parse("-4")).isEqualTo(1);
    assertThat(PageNumbers.parse("two")).isEqualTo(1);
  }

  @Test
  void shouldCapAHugeNumberSoOffsetsCannotOverflow() {
    assertThat(PageNumbers.parse("99999999999")).isEqualTo(PageNumbers.MAX);
    assertThat(PageNumbers.parse("2147483647")).isEqualTo(PageNumbers.MAX);
  }
}
