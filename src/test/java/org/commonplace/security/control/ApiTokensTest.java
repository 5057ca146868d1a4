package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

  @Test
  void shouldMakeWellFormedDistinctTokens() {
    String token = ApiTokens.generate();

    assertThat(ApiTokens.isWellFormed(token)).isTrue();
    assertThat(token).startsWith("cp_").hasSize(46).isNotEqualTo(ApiTokens.generate());
  }

  @Test
  void shouldRefuseGarbageBeforeAnyLookUp() {
    assertThat(ApiTokens.isWellFormed(null)).isFalse();
    assertThat(ApiTokens.isWellFormed("cp_short")).isFalse();
    assertThat(ApiTokens.isWellFormed("{\"$ne\":null}")).isFalse();
    assertThat(ApiTokens.isWellFormed("cp_" + "a".repeat(10_000))).isFalse();
  }

  @Test
  void shouldStoreOnlyAHashThatDoesNotContainTheToken() {
    String token = ApiTokens.generate();

    assertThat(ApiTokens.hash(token))
        .matches("[0-9a-f]{64}")
        .isEqualTo(ApiTokens.hash(token))
        .doesNotContain(token.substring(3, 13));
  }
}
