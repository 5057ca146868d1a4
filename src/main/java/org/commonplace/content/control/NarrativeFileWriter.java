package org.commonplace.content.control;

import java.util.Comparator;
import java.util.List;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.Narrative;

/**
 * Writes one version of a narrative as its canonical content file: the header's keys in the
 * format's order, {@code note} left out when empty, the endorsements of this version oldest first,
 * then the text; LF line ends and one newline at the end. Reading what it writes and writing that
 * again gives the same bytes.
 */
public final class NarrativeFileWriter {

  private NarrativeFileWriter() {}

  public static String write(Narrative version, List<Endorsement> endorsements) {
    YamlLines out = new YamlLines().line("---");
    out.key("title", version.title());
    out.key("saved-by", version.savedBy());
    out.plain("saved-at", version.savedAt());
    out.text("note", version.changeNote(), "  ");
    out.plain("language", YamlMap.spelling(version.language()));
    if (!version.aims().isEmpty()) {
      out.line("aims:");
      for (Aim aim : version.aims()) {
        out.key("  - id", aim.id());
        out.key("    title", aim.title());
        out.text("    description", aim.description(), "      ");
      }
    }
    if (!endorsements.isEmpty()) {
      out.line("endorsements:");
      endorsements.stream()
          .sorted(Comparator.comparing(Endorsement::at).thenComparing(Endorsement::organisationId))
          .forEach(
              e -> {
                out.key("  - organisation", e.organisationId());
                out.key("    member", e.memberId());
                out.plain("    at", e.at());
              });
    }
    out.line("---");
    String text = version.text().strip();
    return out.text() + (text.isEmpty() ? "" : "\n" + text + "\n");
  }
}
