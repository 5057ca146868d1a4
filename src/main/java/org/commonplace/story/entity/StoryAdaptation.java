package org.commonplace.story.entity;

import java.util.List;
import java.util.Map;

/**
 * "We are adapting this": the draft a member starts from another network's story. It keeps what
 * travels (the title, the summary with a note saying where it came from, the problem, the aim, the
 * changes and what to consider when adopting them) and leaves empty what the adapting team will
 * tell for themselves: their context, results, measures, cycles, organisations and facts.
 */
public final class StoryAdaptation {

  /** The sections that say what was tried and why, which another team starts from. */
  public static final List<Section> COPIED =
      List.of(Section.PROBLEM, Section.AIM, Section.CHANGES, Section.ADOPTION);

  private static final String ELLIPSIS = "…";

  private StoryAdaptation() {}

  /**
   * @param note the sentence that says where the story came from, in the reader's language
   */
  public static StoryDraft of(CaseStory original, String networkId, String note) {
    StoryDraft draft = new StoryDraft();
    draft.setTitle(original.getTitle());
    draft.setSummary(summary(note, original.getSummary()));
    Map<String, String> outline = new java.util.LinkedHashMap<>();
    for (Section section : COPIED) {
      String text = original.getOutline().text(section);
      if (!text.isBlank()) {
        outline.put(section.key(), text);
      }
    }
    draft.setOutline(outline);
    // the copied texts are in the original's language, so the draft starts in it too
    draft.setLanguage(original.getLanguage());
    draft.setNetworkId(networkId);
    draft.setAdaptedFrom(original.getId());
    return draft;
  }

  /**
   * The note, then the original summary, cut at a word to fit the summary's limit: the draft must
   * be valid to be stored, and its author rewrites the summary anyway.
   */
  static String summary(String note, String original) {
    String text = original == null || original.isBlank() ? note : note + " " + original.strip();
    if (text.length() <= StoryRules.SUMMARY_MAX_CHARS) {
      return text;
    }
    String cut = text.substring(0, StoryRules.SUMMARY_MAX_CHARS - ELLIPSIS.length());
    int space = cut.lastIndexOf(' ');
    return (space > note.length() ? cut.substring(0, space) : cut).stripTrailing() + ELLIPSIS;
  }
}
