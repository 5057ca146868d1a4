package org.commonplace.story.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.platform.revision.TextDiff;

/**
 * What changed between two versions of a story, text by text, in the order of the story: each text
 * that differs (title, a section, a PDSA note...) with its lines kept, removed and added. Texts
 * that are the same in both are left out.
 */
public final class StoryComparison {

  private StoryComparison() {}

  /** One text that differs, by the field it is typed in ({@code outline.results}). */
  public record ChangedText(String field, List<TextDiff.Line> lines) {

    public ChangedText {
      lines = List.copyOf(lines);
    }
  }

  public static List<ChangedText> between(CaseStory older, CaseStory newer) {
    Map<String, String> before = StoryDraft.of(older).writtenTexts();
    Map<String, String> after = StoryDraft.of(newer).writtenTexts();
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<ChangedText> changed = new ArrayList<>();
    for (String field : fields) {
      String was = before.get(field);
      String is = after.get(field);
      if (TextDiff.differ(was, is)) {
        changed.add(new ChangedText(field, TextDiff.between(was, is)));
      }
    }
    return changed;
  }
}
