package org.commonplace.platform.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * A passage of a member's text that may identify a patient: what kind of detail, where it is, and
 * the characters themselves so the author can see what was meant. Health-card numbers also say
 * whose scheme they follow, because the scheme is how the number was recognised.
 */
public record IdentifierFinding(
    IdentifierKind kind, int start, int end, String excerpt, Optional<Province> province) {

  public IdentifierFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(province, "province");
    new Passage(start, end);
    if (excerpt.length() != end - start) {
      throw new IllegalArgumentException("The excerpt must be the text from start to end");
    }
  }

  public IdentifierFinding(IdentifierKind kind, int start, int end, String excerpt) {
    this(kind, start, end, excerpt, Optional.empty());
  }

  static IdentifierFinding in(String text, IdentifierKind kind, int start, int end) {
    return new IdentifierFinding(kind, start, end, text.substring(start, end));
  }

  static IdentifierFinding healthCard(String text, Province province, int start, int end) {
    return new IdentifierFinding(
        IdentifierKind.HEALTH_CARD_NUMBER,
        start,
        end,
        text.substring(start, end),
        Optional.of(province));
  }

  public Passage passage() {
    return new Passage(start, end);
  }

  /**
   * The bundle key of the words a person reads: the province's own scheme when it is known ("a
   * Quebec health insurance number"), otherwise the kind ("a phone number").
   */
  public String messageKey() {
    return province.map(p -> kind.messageKey() + "." + p.name()).orElse(kind.messageKey());
  }
}
