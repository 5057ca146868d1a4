package org.commonplace.story.boundary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commonplace.platform.privacy.IdentifierFinding;
import org.commonplace.platform.web.Messages;

/**
 * The words that ask an author about details that may identify a patient: what was found, by kind
 * and as typed ("an NHS number: “943 476 5919”"), so the author sees exactly what to remove.
 */
final class IdentifierPrompt {

  private IdentifierPrompt() {}

  static String text(Locale locale, List<IdentifierFinding> findings) {
    String found =
        findings.stream()
            .map(
                f ->
                    Messages.text(
                        locale,
                        "identifier.finding",
                        Messages.text(locale, f.messageKey()),
                        f.excerpt()))
            .distinct()
            .collect(Collectors.joining("; "));
    return Messages.text(locale, "identifier.prompt", found);
  }
}
