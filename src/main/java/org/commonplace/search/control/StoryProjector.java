package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.SearchDocument;
import org.commonplace.search.entity.StoryDocument;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvolvedOrganisation;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.Section;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.Theme;

/**
 * Case stories in search: published ones only, with everything they say (every section, the PDSA
 * cycles' notes, the organisations involved, the measures' names) as one plain text.
 */
@ApplicationScoped
public class StoryProjector implements Projector<CaseStory> {

  @Inject MarkdownRenderer markdown;

  @Override
  public RecordKind<CaseStory> kind() {
    return CaseStory.KIND;
  }

  @Override
  public Optional<SearchDocument> document(CaseStory story) {
    if (story.getStatus() != StoryStatus.PUBLISHED) {
      return Optional.empty();
    }
    return Optional.of(
        new StoryDocument(
            story.getId(),
            CaseStory.KIND.name(),
            story.getTitle(),
            story.getSummary(),
            text(story),
            story.getTags(),
            story.getThemes().stream().map(Theme::name).toList(),
            story.getStage() == null ? null : story.getStage().name(),
            story.getEvidence() == null || story.getEvidence().level() == null
                ? null
                : story.getEvidence().level().name(),
            story.getLanguage().name(),
            story.getAuthor(),
            story.getOrganisation(),
            story.getNetwork(),
            story.getNetworkId(),
            story.getAuthorId(),
            story.getCreated(),
            story.getUpdated()));
  }

  /** Paragraphs of plain text, so a snippet never runs from one part into the next. */
  String text(CaseStory story) {
    List<String> parts = new ArrayList<>();
    parts.add(markdown.toPlainText(story.getBody()));
    for (Section section : story.getOutline().written()) {
      parts.add(markdown.toPlainText(story.getOutline().text(section)));
    }
    for (PdsaCycle cycle : story.getCycles()) {
      parts.add(cycle.change());
      parts.add(markdown.toPlainText(cycle.prediction()));
      parts.add(markdown.toPlainText(cycle.did()));
      parts.add(markdown.toPlainText(cycle.study()));
    }
    for (Measure measure : story.getMeasures()) {
      parts.add(measure.name());
    }
    for (InvolvedOrganisation involved : story.getOrganisations()) {
      parts.add(involved.name());
      parts.add(markdown.toPlainText(involved.contribution()));
    }
    return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
  }
}
