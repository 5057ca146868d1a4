package org.commonplace.story.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a member has typed for a story, valid or not. Pages and the API bind to it, so that a
 * rejected submission can be shown again exactly as typed.
 */
public class StoryDraft {

  private String title;
  private String summary;
  private String body;
  private List<String> tags = new ArrayList<>();
  private String author;
  private String organisation;
  private String network;
  private String networkId;
  private String authorId;
  private StoryStatus status;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  /** The network the story belongs to; it decides who may read the story. */
  public String getNetworkId() {
    return networkId;
  }

  public void setNetworkId(String networkId) {
    this.networkId = networkId;
  }

  /** Set by the portal from the signed-in member (or the content file), never from a form. */
  public String getAuthorId() {
    return authorId;
  }

  public void setAuthorId(String authorId) {
    this.authorId = authorId;
  }

  /**
   * What an API client asks the story to become when it sends a whole story back ({@code PUBLISHED}
   * publishes it); pages choose with their buttons instead.
   */
  public StoryStatus getStatus() {
    return status;
  }

  public void setStatus(StoryStatus status) {
    this.status = status;
  }

  /** A copy of a stored story to edit. */
  public static StoryDraft of(CaseStory story) {
    StoryDraft draft = new StoryDraft();
    draft.setTitle(story.getTitle());
    draft.setSummary(story.getSummary());
    draft.setBody(story.getBody());
    draft.setTags(story.getTags());
    draft.setAuthor(story.getAuthor());
    draft.setOrganisation(story.getOrganisation());
    draft.setNetwork(story.getNetwork());
    draft.setNetworkId(story.getNetworkId());
    draft.setAuthorId(story.getAuthorId());
    return draft;
  }
}
