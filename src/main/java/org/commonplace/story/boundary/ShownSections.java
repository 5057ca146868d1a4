package org.commonplace.story.boundary;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Section;

/**
 * A story's sections as a page shows them: the written ones in outline order, and "what did not
 * work" always, since a reader should see when a story does not say.
 */
final class ShownSections {

  private ShownSections() {}

  static List<ShownSection> of(CaseStory story, MarkdownRenderer markdown) {
    List<ShownSection> shown = new ArrayList<>();
    for (Section section : Section.values()) {
      String text = story.getOutline().text(section);
      if (!text.isEmpty() || section == Section.DID_NOT_WORK) {
        shown.add(new ShownSection(section.key(), markdown.toSafeHtml(text)));
      }
    }
    return shown;
  }
}
