package org.commonplace.story.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.commonplace.platform.record.RecordKind;

/**
 * A quality-improvement story told by a member: the record of truth, stored in the record index.
 * Only a validated {@link StoryDraft} becomes a story, so a stored story always satisfies {@link
 * StoryRules}.
 */
@Entity("CaseStory")
public class CaseStory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Stories are projected into search, and found in lists through their JNoSQL repository. */
  public static final RecordKind<CaseStory> KIND =
      RecordKind.projected("CaseStory", CaseStory.class);

  @Id private String id;
  @Column private String title;
  @Column private String summary;
  @Column private String body;
  @Column private List<String> tags;
  @Column private String author;
  @Column private String organisation;
  @Column private String network;
  @Column private String networkId;
  @Column private String authorId;
  @Column private StoryStatus status;
  @Column private Instant created;
  @Column private Instant updated;

  /** For JNoSQL and JSON-B, which build the object field by field. */
  public CaseStory() {}

  /**
   * Creates a new story from a draft.
   *
   * @throws InvalidStoryException when the draft breaks a rule; nothing is created then
   */
  public static CaseStory create(String id, StoryDraft draft, Instant now) {
    return create(id, draft, now, StoryStatus.PUBLISHED);
  }

  /**
   * Creates a new story or draft from a draft.
   *
   * @throws InvalidStoryException when the draft breaks a rule; nothing is created then
   */
  public static CaseStory create(String id, StoryDraft draft, Instant now, StoryStatus status) {
    StoryRules.check(draft);
    CaseStory story = new CaseStory();
    story.id = Objects.requireNonNull(id);
    story.status = Objects.requireNonNull(status);
    story.created = Objects.requireNonNull(now);
    story.copy(draft, now);
    return story;
  }

  /**
   * The author's new version of a draft; publishing it makes it visible to the network.
   *
   * @throws InvalidStoryException when the draft breaks a rule; the story is unchanged then
   */
  public CaseStory revise(StoryDraft draft, Instant now, StoryStatus newStatus) {
    StoryRules.check(draft);
    CaseStory revised = new CaseStory();
    revised.id = id;
    revised.created = newStatus == StoryStatus.PUBLISHED && isDraft() ? now : created;
    revised.status = Objects.requireNonNull(newStatus);
    revised.copy(draft, now);
    revised.authorId = authorId;
    return revised;
  }

  private void copy(StoryDraft draft, Instant now) {
    title = draft.getTitle().strip();
    summary = StoryRules.blankToEmpty(draft.getSummary()).strip();
    body = StoryRules.blankToEmpty(draft.getBody());
    List<String> normalised = StoryRules.normaliseTags(draft.getTags());
    // JNoSQL 1.1 writes an empty list as {} which the keyword mapping rejects; absent means none
    tags = normalised.isEmpty() ? null : normalised;
    author = StoryRules.blankToEmpty(draft.getAuthor()).strip();
    organisation = StoryRules.blankToEmpty(draft.getOrganisation()).strip();
    network = StoryRules.blankToEmpty(draft.getNetwork()).strip();
    networkId = draft.getNetworkId();
    authorId = draft.getAuthorId();
    updated = Objects.requireNonNull(now);
  }

  /** Keeps the original creation time of imported material instead of the import time. */
  public CaseStory createdAt(Instant when) {
    this.created = Objects.requireNonNull(when);
    this.updated = when;
    return this;
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public List<String> getTags() {
    return tags == null ? List.of() : List.copyOf(tags);
  }

  public String getAuthor() {
    return author;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getNetwork() {
    return network;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getAuthorId() {
    return authorId;
  }

  /** Stories stored before drafts existed have no status; they were all published. */
  public StoryStatus getStatus() {
    return status == null ? StoryStatus.PUBLISHED : status;
  }

  public boolean isDraft() {
    return getStatus() == StoryStatus.DRAFT;
  }

  public Instant getCreated() {
    return created;
  }

  public Instant getUpdated() {
    return updated;
  }
}
