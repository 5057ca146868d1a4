package org.commonplace.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the details in a member's text that may identify a patient, so the author can remove them
 * or confirm they are not about a patient before saving. Pure and thread-safe: a bean for the
 * pages, and {@code new IdentifierGuard()} in tests and tools. See the package note for what it
 * flags and what it deliberately leaves alone.
 */
@ApplicationScoped
public class IdentifierGuard {

  /**
   * When two rules claim overlapping characters, the longer claim wins ("+1 514 555 0199" is one
   * phone number, not a "+1" and a 10-digit number); on the same characters the kind listed first
   * in {@link IdentifierKind} wins, so a number proven by its check digit keeps that name.
   */
  private static final Comparator<IdentifierFinding> PRECEDENCE =
      Comparator.comparingInt((IdentifierFinding f) -> f.end() - f.start())
          .reversed()
          .thenComparing(IdentifierFinding::kind)
          .thenComparingInt(IdentifierFinding::start);

  /**
   * The findings in {@code text} (Markdown or plain), in the order they appear, none overlapping.
   * An absent or empty text has none.
   */
  public List<IdentifierFinding> scan(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<IdentifierFinding> titledNames = TitledNames.findIn(text);
    List<IdentifierFinding> candidates = new ArrayList<>(titledNames);
    candidates.addAll(HealthNumbers.findIn(text));
    candidates.addAll(QuebecHealthNumbers.findIn(text));
    candidates.addAll(BirthDates.findIn(text, titledNames));
    candidates.addAll(PhoneNumbers.findIn(text));
    candidates.addAll(EmailAddresses.findIn(text));
    candidates.addAll(Postcodes.findIn(text));
    return withoutOverlaps(candidates);
  }

  /**
   * Refuses texts that may identify a patient unless the author confirmed they do not.
   *
   * @param textsByField each text a member typed, by the field it was typed in, in form order
   * @param confirmed the author confirmed the flagged details are not about a patient
   * @throws PossibleIdentifiersException naming every flagged field, when not confirmed
   */
  public void require(Map<String, String> textsByField, boolean confirmed) {
    if (confirmed) {
      return;
    }
    List<FlaggedText> flagged =
        textsByField.entrySet().stream()
            .map(text -> new FlaggedText(text.getKey(), scan(text.getValue())))
            .filter(text -> !text.findings().isEmpty())
            .toList();
    if (!flagged.isEmpty()) {
      throw new PossibleIdentifiersException(flagged);
    }
  }

  private static List<IdentifierFinding> withoutOverlaps(List<IdentifierFinding> candidates) {
    TreeMap<Integer, IdentifierFinding> kept = new TreeMap<>();
    candidates.sort(PRECEDENCE);
    for (IdentifierFinding candidate : candidates) {
      Map.Entry<Integer, IdentifierFinding> before = kept.floorEntry(candidate.start());
      Map.Entry<Integer, IdentifierFinding> after = kept.higherEntry(candidate.start());
      if ((before == null || before.getValue().end() <= candidate.start())
          && (after == null || candidate.end() <= after.getKey())) {
        kept.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(kept.values());
  }
}
