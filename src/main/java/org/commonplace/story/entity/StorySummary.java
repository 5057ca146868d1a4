package org.commonplace.story.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A case story as lists show it: who told what, where and when, without its outline, PDSA cycles or
 * measures. It is how Eclipse JNoSQL reads stories (the {@code CaseStory} documents of the record
 * index): the driver reads one level of nested documents only, and a story's measures nest their
 * values a level deeper, so the full story is read by id through the record store instead.
 */
@Entity("CaseStory")
public class StorySummary implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id private String id;
  @Column private String title;
  @Column private String summary;
  @Column private List<String> tags;
  @Column private Stage stage;
  @Column private Language language;
  @Column private List<String> coAuthors;
  @Column private String author;
  @Column private String authorId;
  @Column private String organisation;
  @Column private String network;
  @Column private String networkId;
  @Column private StoryStatus status;
  @Column private String adaptedFrom;
  @Column private List<String> aimIds;

  @Column private Instant created;

  @Column private Instant updated;

  /** For JNoSQL, which builds the object field by field. */
  public StorySummary() {}

  public static StorySummary of(CaseStory story) {
    StorySummary summary = new StorySummary();
    summary.id = story.getId();
    summary.title = story.getTitle();
    summary.summary = story.getSummary();
    summary.tags = story.getTags();
    summary.stage = story.getStage();
    summary.language = story.getLanguage();
    summary.coAuthors = story.getCoAuthors();
    summary.author = story.getAuthor();
    summary.authorId = story.getAuthorId();
    summary.organisation = story.getOrganisation();
    summary.network = story.getNetwork();
    summary.networkId = story.getNetworkId();
    summary.status = story.getStatus();
    summary.adaptedFrom = story.getAdaptedFrom();
    summary.aimIds = story.getAimIds().isEmpty() ? null : story.getAimIds();
    summary.created = story.getCreated();
    summary.updated = story.getUpdated();
    return summary;
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

  public List<String> getTags() {
    return tags == null ? List.of() : List.copyOf(tags);
  }

  public Stage getStage() {
    return stage;
  }

  public Language getLanguage() {
    return language == null ? Language.EN : language;
  }

  public List<String> getCoAuthors() {
    return coAuthors == null ? List.of() : List.copyOf(coAuthors);
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorId() {
    return authorId;
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

  public StoryStatus getStatus() {
    return status == null ? StoryStatus.PUBLISHED : status;
  }

  public boolean isDraft() {
    return getStatus() == StoryStatus.DRAFT;
  }

  /** The id of the story this one adapts; null for none. */
  public String getAdaptedFrom() {
    return adaptedFrom;
  }

  public List<String> getAimIds() {
    return aimIds == null ? List.of() : List.copyOf(aimIds);
  }

  public Instant getCreated() {
    return created;
  }

  public Instant getUpdated() {
    return updated;
  }
}
