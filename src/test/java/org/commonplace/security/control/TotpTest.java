package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

  /** RFC 6238 appendix B's SHA-1 key: the ASCII of "12345678901234567890". */
  private static final String RFC_SECRET =
      Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Nested
  @DisplayName("against RFC 6238's test vectors (last six of the eight digits)")
  class RfcVectors {

    @ParameterizedTest
    @CsvSource({
      "59, 287082",
      "1111111109, 081804",
      "1111111111, 050471",
      "1234567890, 005924",
      "2000000000, 279037",
      "20000000000, 353130"
    })
    void shouldMakeTheRfcCode(long seconds, String code) {
      assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }
  }

  @Nested
  @DisplayName("when verifying a typed code")
  class Verifying {

    private final Instant now = Instant.ofEpochSecond(1111111111);

    @Test
    void shouldAcceptTheCurrentCodeAndNameItsStep() {
      assertThat(Totp.verify(RFC_SECRET, "050471", now, 0)).hasValue(Totp.step(now));
    }

    @Test
    void shouldAcceptACodeOneStepEitherSideForClockDrift() {
      long step = Totp.step(now);
      assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0))
          .hasValue(step - 1);
      assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0))
          .hasValue(step + 1);
    }

    @Test
    void shouldRefuseACodeTwoStepsAway() {
      long step = Totp.step(now);
      assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
    }

    @Test
    void shouldRefuseAReplayOfTheLastUsedStep() {
      assertThat(Totp.verify(RFC_SECRET, "050471", now, Totp.step(now))).isEmpty();
    }

    @Test
    void shouldTakeSpacesAsPeopleTypeThem() {
      assertThat(Totp.verify(RFC_SECRET, "050 471", now, 0)).hasValue(Totp.step(now));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "' OR 1=1 --"})
    void shouldRefuseAnythingButSixDigits(String typed) {
      assertThat(Totp.verify(RFC_SECRET, typed, now, 0)).isEmpty();
    }

    @Test
    void shouldRefuseHugeAndMissingInput() {
      assertThat(Totp.verify(RFC_SECRET, "1".repeat(10_240), now, 0)).isEmpty();
      assertThat(Totp.verify(RFC_SECRET, null, now, 0)).isEmpty();
      assertThat(Totp.verify(null, "050471", now, 0)).isEmpty();
    }

    @Test
    void shouldRefuseEverythingForASecretThatIsNotBase32() {
      assertThat(Totp.verify("not base32 at all!", "050471", now, 0)).isEmpty();
    }
  }

  @Test
  void shouldMakeTwentyByteSecretsThatAppsAccept() {
    String secret = Totp.newSecret();

    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(Base32.decode(secret)).hasSize(20);
    assertThat(Totp.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void shouldBuildTheLinkAuthenticatorAppsUnderstand() {
    assertThat(Totp.otpauthUri("Commonplace", "ann lee@example.org", "JBSWY3DPEHPK3PXP"))
        .isEqualTo(
            "otpauth://totp/Commonplace:ann%20lee%40example.org?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Commonplace&algorithm=SHA1&digits=6&period=30");
  }

  @ParameterizedTest
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void shouldEncodeBase32AsRfc4648WithoutPadding(String text, String encoded) {
    assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    assertThat(Base32.decode(encoded + "======"))
        .isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void shouldDecodeAKeyAsPeopleTypeItByHand() {
    assertThat(Base32.decode("mzxw 6ytb-oi"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
  }
}
