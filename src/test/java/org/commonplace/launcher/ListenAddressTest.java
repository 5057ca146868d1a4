package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListenAddressTest {

  private static ListenAddress parse(String text) throws LaunchException {
    return ListenAddress.parse("commonplace.host", text);
  }

  @Nested
  @DisplayName("when only this machine may connect")
  class Loopback {

    @Test
    void shouldCount127001AsLoopbackOnly() throws LaunchException {
      assertThat(parse("127.0.0.1").loopbackOnly()).isTrue();
    }

    @Test
    void shouldCountTheIpv6LoopbackAsLoopbackOnly() throws LaunchException {
      assertThat(parse("::1").loopbackOnly()).isTrue();
    }

    @Test
    void shouldShowLocalhostInTheUrl() throws LaunchException {
      assertThat(parse("127.0.0.1").hostForUrl()).isEqualTo("localhost");
    }

    @Test
    void shouldShowAnIpv6LoopbackInBrackets() throws LaunchException {
      assertThat(parse("::1").hostForUrl()).isEqualTo("[0:0:0:0:0:0:0:1]");
    }
  }

  @Nested
  @DisplayName("when the network may connect")
  class Open {

    @Test
    void shouldNotCountTheWildcardAsLoopbackOnly() throws LaunchException {
      assertThat(parse("0.0.0.0").loopbackOnly()).isFalse();
    }

    @Test
    void shouldNotCountTheIpv6WildcardAsLoopbackOnly() throws LaunchException {
      assertThat(parse("::").loopbackOnly()).isFalse();
    }

    @Test
    void shouldReachAWildcardListenerThroughLocalhost() throws LaunchException {
      assertThat(parse("0.0.0.0").hostForUrl()).isEqualTo("localhost");
    }
  }

  @Nested
  @DisplayName("when the setting is wrong")
  class Invalid {

    @Test
    void shouldRefuseAnAddressOfAnotherMachine() {
      // TEST-NET-3: documentation only, never an interface of this machine
      assertThatThrownBy(() -> parse("203.0.113.7"))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "commonplace.host must be an address of this machine, such as 127.0.0.1"
                  + " (this machine only) or 0.0.0.0 (every interface), not '203.0.113.7'");
    }

    @Test
    void shouldRefuseANameThatDoesNotResolve() {
      assertThatThrownBy(() -> parse("no-such-host.invalid"))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("not 'no-such-host.invalid'");
    }
  }
}
