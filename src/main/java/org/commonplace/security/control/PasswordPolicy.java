package org.commonplace.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B rather than composition rules): long enough, not
 * absurdly long, and not one that attackers try first: a common password, one with digits or
 * symbols around it, one character repeated, a keyboard run, or the member's own name or address.
 */
public final class PasswordPolicy {

  public static final int MIN_CHARS = 12;

  /** A pasted 10 kB text is refused with a message before any hashing work is spent on it. */
  public static final int MAX_CHARS = 128;

  private static final int PERSONAL_PART_MIN = 4;
  private static final String SEQUENCES =
      "0123456789012345678901234567890 abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
          + " qwertyuiopasdfghjklzxcvbnmqwertyuiop azertyuiopqsdfghjklmwxcvbn";

  private PasswordPolicy() {}

  /**
   * @return every problem with the password; empty when it may be used
   */
  public static List<PasswordProblem> check(String password, String name, String email) {
    String typed = password == null ? "" : password;
    int length = typed.codePointCount(0, typed.length());
    if (length < MIN_CHARS) {
      return List.of(PasswordProblem.of("password.tooShort", MIN_CHARS));
    }
    if (length > MAX_CHARS) {
      return List.of(PasswordProblem.of("password.tooLong", MAX_CHARS));
    }
    List<PasswordProblem> problems = new ArrayList<>();
    String lower = typed.toLowerCase(Locale.ROOT);
    if (isCommon(lower)) {
      problems.add(PasswordProblem.of("password.common"));
    } else if (lower.chars().distinct().count() <= 2 || isRun(lower)) {
      problems.add(PasswordProblem.of("password.pattern"));
    }
    if (containsPersonal(lower, name, email)) {
      problems.add(PasswordProblem.of("password.personal"));
    }
    return List.copyOf(problems);
  }

  /** Common as it is, or a common word with digits and symbols before or after it. */
  static boolean isCommon(String lower) {
    if (CommonPasswords.SET.contains(lower)) {
      return true;
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return core.length() < PERSONAL_PART_MIN || CommonPasswords.SET.contains(core);
  }

  private static boolean isRun(String lower) {
    String compact = lower.replace(" ", "");
    String reversed = new StringBuilder(compact).reverse().toString();
    return SEQUENCES.contains(compact) || SEQUENCES.contains(reversed);
  }

  private static boolean containsPersonal(String lower, String name, String email) {
    List<String> parts = new ArrayList<>();
    if (name != null) {
      parts.addAll(List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }
    if (email != null && email.contains("@")) {
      String local = email.toLowerCase(Locale.ROOT).substring(0, email.indexOf('@'));
      parts.add(local);
      parts.addAll(List.of(local.split("[^\\p{L}\\p{N}]+")));
    }
    return parts.stream()
        .filter(part -> part.length() >= PERSONAL_PART_MIN)
        .anyMatch(lower::contains);
  }

  /** Loaded once, when first needed. */
  private static final class CommonPasswords {

    static final Set<String> SET = load();

    private static Set<String> load() {
      Set<String> passwords = new HashSet<>();
      try (InputStream in =
              PasswordPolicy.class.getResourceAsStream(
                  "/org/commonplace/security/common-passwords.txt");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .forEach(line -> passwords.add(line.strip()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(passwords);
    }
  }
}
