package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The page arithmetic of threads and forums")
class PagingTest {

  @Test
  void shouldPutReplies1To20OnPage1And21OnPage2() {
    assertThat(Paging.pageOf(0, 20)).isEqualTo(1);
    assertThat(Paging.pageOf(19, 20)).isEqualTo(1);
    assertThat(Paging.pageOf(20, 20)).isEqualTo(2);
  }

  @Test
  void shouldStartPageNAfterTheRepliesOfTheEarlierPages() {
    assertThat(Paging.from(1, 20)).isZero();
    assertThat(Paging.from(3, 20)).isEqualTo(40);
  }

  @Test
  void shouldCountAtLeastOnePage() {
    assertThat(Paging.pageCount(0, 20)).isEqualTo(1);
    assertThat(Paging.pageCount(20, 20)).isEqualTo(1);
    assertThat(Paging.pageCount(21, 20)).isEqualTo(2);
  }

  @Test
  void shouldTreatPagesBelowOneAsTheFirst() {
    assertThat(Paging.normalised(0)).isEqualTo(1);
    assertThat(Paging.from(-3, 20)).isZero();
  }

  @Test
  void shouldAnswerNothingPastTheSearchWindow() {
    assertThat(Paging.from(500, 20)).isEqualTo(9_980);
    assertThat(Paging.from(501, 20)).isEqualTo(-1);
    assertThat(Paging.from(Integer.MAX_VALUE, 20)).isEqualTo(-1);
  }
}
