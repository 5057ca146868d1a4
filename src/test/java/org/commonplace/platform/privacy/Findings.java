package org.commonplace.platform.privacy;

import java.util.List;
import java.util.Optional;

/** What the tests read from a scan: the kind and the characters, and the scheme of cards. */
final class Findings {

  private static final IdentifierGuard GUARD = new IdentifierGuard();

  private Findings() {}

  static List<IdentifierFinding> in(String text) {
    return GUARD.scan(text);
  }

  static List<String> excerptsOf(IdentifierKind kind, String text) {
    return in(text).stream().filter(f -> f.kind() == kind).map(IdentifierFinding::excerpt).toList();
  }

  static List<Optional<Province>> provincesIn(String text) {
    return in(text).stream().map(IdentifierFinding::province).toList();
  }
}
