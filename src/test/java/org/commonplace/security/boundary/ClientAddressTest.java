package org.commonplace.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void shouldIgnoreForwardedForUnlessAProxyIsTrusted() {
    assertThat(ClientAddress.from("10.0.0.5", "203.0.113.7", false)).isEqualTo("10.0.0.5");
  }

  @Test
  void shouldTakeTheHopTheTrustedProxyAppended() {
    assertThat(ClientAddress.from("10.0.0.5", "1.2.3.4, 203.0.113.7", true))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void shouldFallBackToThePeerForAnEmptyOrHugeHeader() {
    assertThat(ClientAddress.from("10.0.0.5", " ", true)).isEqualTo("10.0.0.5");
    assertThat(ClientAddress.from("10.0.0.5", "x".repeat(10_240), true)).isEqualTo("10.0.0.5");
  }
}
