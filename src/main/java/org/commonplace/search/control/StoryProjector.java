package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.SearchDocument;
import org.commonplace.search.entity.StoryDocument;
import org.commonplace.story.entity.CaseStory;

/** Case stories in search: published ones only, with the body as plain text. */
@ApplicationScoped
public class StoryProjector implements Projector<CaseStory> {

  @Inject MarkdownRenderer markdown;

  @Override
  public RecordKind<CaseStory> kind() {
    return CaseStory.KIND;
  }

  @Override
  public Optional<SearchDocument> document(CaseStory story) {
    if (story.isDraft()) {
      return Optional.empty();
    }
    return Optional.of(
        new StoryDocument(
            story.getId(),
            CaseStory.KIND.name(),
            story.getTitle(),
            story.getSummary(),
            markdown.toPlainText(story.getBody()),
            story.getTags(),
            story.getAuthor(),
            story.getOrganisation(),
            story.getNetwork(),
            story.getNetworkId(),
            story.getAuthorId(),
            story.getCreated(),
            story.getUpdated()));
  }
}
