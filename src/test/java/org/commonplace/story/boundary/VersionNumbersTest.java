package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Version numbers from a page's address or form. */
class VersionNumbersTest {

  @Test
  void shouldReadAVersionNumber() {
    assertThat(VersionNumbers.parse(" 42 ")).contains(42L);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"0", "-3", "4.5", "four", "99999999999999999999999", "1e3"})
  void shouldTakeAnythingElseForNoVersion(String text) {
    assertThat(VersionNumbers.parse(text)).isEmpty();
  }
}
