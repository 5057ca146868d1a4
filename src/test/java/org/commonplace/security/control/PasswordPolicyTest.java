package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static List<String> keys(String password) {
    return PasswordPolicy.check(password, "Ann Lee-Marsh", "ann.leemarsh@clinic.example").stream()
        .map(PasswordProblem::messageKey)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "harbour-lantern-42",
        "correct horse battery staple",
        "Tr0ub4dor&3xqz",
        "vélo-forêt-neige"
      })
  void shouldAcceptLongUncommonPasswords(String password) {
    assertThat(keys(password)).isEmpty();
  }

  @Nested
  @DisplayName("when the length is wrong")
  class Length {

    @Test
    void shouldAskForTwelveCharacters() {
      assertThat(PasswordPolicy.check("short-pass1", null, null))
          .containsExactly(new PasswordProblem("password.tooShort", List.of(12)));
    }

    @Test
    void shouldCountCharactersNotBytes() {
      assertThat(keys("ééééééééééé")).containsExactly("password.tooShort");
    }

    @Test
    void shouldRefuseA10KilobytePasteBeforeAnyOtherCheck() {
      assertThat(PasswordPolicy.check("x".repeat(10_240), null, null))
          .containsExactly(new PasswordProblem("password.tooLong", List.of(128)));
    }
  }

  @Nested
  @DisplayName("when the password is one attackers try first")
  class Common {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "password1234",
          "Password1234!",
          "qwerty123456",
          "123456789qwerty",
          "!!iloveyou2024"
        })
    void shouldRefuseACommonPasswordWithDigitsOrSymbolsAround(String password) {
      assertThat(keys(password)).containsExactly("password.common");
    }

    @Test
    void shouldRefuseDigitsOnly() {
      assertThat(keys("739128465502")).containsExactly("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcdefghijklmn", "lkjhgfdsapoiu"})
    void shouldRefuseRepeatsAndRuns(String password) {
      assertThat(keys(password)).containsExactly("password.pattern");
    }
  }

  @Test
  void shouldRefuseTheMembersOwnNameOrAddress() {
    assertThat(keys("marsh-harbour-pebble")).containsExactly("password.personal");
    assertThat(keys("ann.leemarsh-rules")).contains("password.personal");
  }

  @Test
  void shouldTreatMissingInputAsTooShort() {
    assertThat(keys(null)).containsExactly("password.tooShort");
  }
}
