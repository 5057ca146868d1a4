package org.commonplace.security.control;

import java.util.List;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.validation.Violation;

/** The password policy's problems as violations of one form field. */
final class PasswordRules {

  private PasswordRules() {}

  static List<Violation> violations(String field, char[] password, Member member) {
    return violations(field, password, member.name(), member.email());
  }

  static List<Violation> violations(String field, char[] password, String name, String email) {
    return PasswordPolicy.check(String.valueOf(password), name, email).stream()
        .map(p -> new Violation(field, p.messageKey(), p.arguments()))
        .toList();
  }
}
