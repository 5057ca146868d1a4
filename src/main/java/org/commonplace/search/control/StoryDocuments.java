package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.search.entity.StoryDocument;
import org.commonplace.story.entity.CaseStory;

/** Projects a story record into its search document. */
@ApplicationScoped
public class StoryDocuments {

  @Inject MarkdownRenderer markdown;

  public StoryDocument of(CaseStory story) {
    return new StoryDocument(
        story.getId(),
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
        story.getUpdated());
  }
}
