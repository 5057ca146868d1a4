package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.NarrativeDocument;
import org.commonplace.search.entity.SearchDocument;

/**
 * Shared narratives in search: the current version only (older versions are read through the
 * narrative's history, not found by search), its text and its aims as plain text, so a search for
 * an aim's words finds the narrative that names it.
 */
@ApplicationScoped
public class NarrativeProjector implements Projector<Narrative> {

  @Inject MarkdownRenderer markdown;
  @Inject NetworkNames networks;

  @Override
  public RecordKind<Narrative> kind() {
    return Narrative.KIND;
  }

  @Override
  public Optional<SearchDocument> document(Narrative narrative) {
    return Optional.of(
        new NarrativeDocument(
            narrative.id(),
            Narrative.KIND.name(),
            narrative.title(),
            body(narrative),
            narrative.language().name(),
            narrative.savedByName(),
            networks.of(narrative.networkId()),
            narrative.networkId(),
            narrative.savedBy(),
            narrative.created() == null ? narrative.savedAt() : narrative.created(),
            narrative.savedAt()));
  }

  /** The text, then each aim's title and description, as paragraphs of plain text. */
  String body(Narrative narrative) {
    List<String> parts = new ArrayList<>();
    parts.add(markdown.toPlainText(narrative.text()));
    for (Aim aim : narrative.aims()) {
      parts.add(aim.title());
      parts.add(markdown.toPlainText(aim.description()));
    }
    return String.join(
        "\n\n", parts.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList());
  }
}
