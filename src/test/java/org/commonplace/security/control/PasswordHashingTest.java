package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Against Soteria, the Jakarta Security implementation Payara ships. */
class PasswordHashingTest {

  private static PasswordHashing hashing(int iterations) {
    PasswordHashing hashing = new PasswordHashing();
    hashing.pbkdf2 = new Pbkdf2PasswordHashImpl();
    hashing.iterations = iterations;
    hashing.configure();
    return hashing;
  }

  @Test
  void shouldUseSixHundredThousandIterationsOfHmacSha256() {
    PasswordHashing real = hashing(PasswordHashing.ITERATIONS);

    String hash = real.hash("harbour-lantern-42".toCharArray());

    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(real.verify("harbour-lantern-42".toCharArray(), hash)).isTrue();
  }

  @Nested
  @DisplayName("with a fast setting for tests")
  class Fast {

    private final PasswordHashing hashing = hashing(1_024);

    @Test
    void shouldRefuseAnotherPassword() {
      String hash = hashing.hash("harbour-lantern-42".toCharArray());

      assertThat(hashing.verify("harbour-lantern-43".toCharArray(), hash)).isFalse();
    }

    @Test
    void shouldSaltEachHash() {
      assertThat(hashing.hash("same".toCharArray()))
          .isNotEqualTo(hashing.hash("same".toCharArray()));
    }

    @Test
    void shouldAnswerNoForAMissingHash() {
      assertThat(hashing.verify("anything".toCharArray(), null)).isFalse();
    }

    @Test
    void shouldAskToRenewHashesWithFewerIterations() {
      assertThat(hashing.needsRehash("PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==")).isTrue();
      assertThat(hashing.needsRehash(hashing.hash("x".toCharArray()))).isFalse();
      assertThat(hashing.needsRehash("garbage")).isTrue();
    }
  }
}
