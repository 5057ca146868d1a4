package org.commonplace.story.entity;

/** Drafts that pass the story rules, for tests that need stories but not a member behind them. */
public final class StoryDrafts {

  private StoryDrafts() {}

  /** A draft with this title, by a test author in a test network. */
  public static StoryDraft titled(String title) {
    StoryDraft draft = new StoryDraft();
    draft.setTitle(title);
    draft.setAuthor("Test Author");
    draft.setAuthorId("test-author");
    draft.setNetwork("Test network");
    draft.setNetworkId("test-network");
    return draft;
  }
}
