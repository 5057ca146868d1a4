package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.commonplace.platform.record.RecordKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quality-improvement story told by a member: the record of truth, stored in the record index
 * through its record store (JSON-B, field by field). Only a validated {@link StoryDraft} becomes a
 * story, so a stored story always satisfies {@link StoryRules}.
 *
 * <p>Stories written before the outline existed have only a {@code body}: one Markdown text. It is
 * kept as it was and shown as the story's text while the outline is empty (see the package note).
 */
@Schema(
    name = "CaseStory",
    description =
        "A case story: its outline (Markdown per section), organisations involved, stage, progress"
            + " scores, evidence, themes, tags, co-authors, PDSA cycles and measures with their"
            + " values; body only for stories written before the outline")
public class CaseStory implements Serializable {

  private static final long serialVersionUID = 2L;

  /** Stories are projected into search; lists read them as {@link StorySummary}. */
  public static final RecordKind<CaseStory> KIND =
      RecordKind.projected("CaseStory", CaseStory.class);

  private String id;
  private String title;
  private String summary;
  private String body;
  private Outline outline;
  private List<String> tags;
  private List<Theme> themes;
  private Stage stage;
  private Language language;
  private List<ProgressScore> progress;
  private Evidence evidence;
  private List<InvolvedOrganisation> organisations;
  private List<String> coAuthors;
  private List<PdsaCycle> cycles;
  private List<Measure> measures;
  private String author;
  private String organisation;
  private String network;
  private String networkId;
  private String authorId;
  private StoryStatus status;
  private Instant created;
  private Instant updated;
  private String updatedBy;
  private Withdrawal withdrawal;
  private String adaptedFrom;
  private List<String> aimIds;

  /** For JSON-B, which builds the object field by field. */
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
   * The author's new version; publishing a draft makes it visible to the network.
   *
   * @throws InvalidStoryException when the draft breaks a rule; the story is unchanged then
   */
  public CaseStory revise(StoryDraft draft, Instant now, StoryStatus newStatus) {
    return revise(draft, now, newStatus, authorId);
  }

  /**
   * A new version saved by one of the story's tellers, who is remembered as its last editor.
   *
   * @throws InvalidStoryException when the draft breaks a rule; the story is unchanged then
   */
  public CaseStory revise(StoryDraft draft, Instant now, StoryStatus newStatus, String editorId) {
    StoryRules.check(draft);
    CaseStory revised = new CaseStory();
    revised.id = id;
    revised.created = newStatus == StoryStatus.PUBLISHED && isDraft() ? now : created;
    revised.status = Objects.requireNonNull(newStatus);
    revised.copy(draft, now);
    // the story stays its author's, whoever of its tellers saved this version
    revised.authorId = authorId;
    revised.author = author;
    revised.organisation = organisation;
    revised.updatedBy = editorId;
    // where a story came from is a fact of its making, not something a later version changes
    revised.adaptedFrom = adaptedFrom;
    return revised;
  }

  /**
   * The story taken out of lists and search, kept as it was.
   *
   * @param reason why, in the words of who withdrew it; may be empty
   */
  public CaseStory withdrawn(String memberId, Instant when, String reason) {
    CaseStory copy = copy();
    copy.status = StoryStatus.WITHDRAWN;
    copy.withdrawal = new Withdrawal(memberId, when, reason == null ? "" : reason.strip());
    return copy;
  }

  /** The story with its evidence level confirmed or changed by a facilitator. */
  public CaseStory withEvidence(Evidence confirmed) {
    CaseStory copy = copy();
    copy.evidence = Objects.requireNonNull(confirmed);
    return copy;
  }

  /**
   * The story with every text its tellers wrote passed through {@code edit}: how a facilitator
   * removes a passage. Dates, numbers and who-wrote-it are kept as they are.
   */
  public CaseStory withTexts(UnaryOperator<String> edit) {
    CaseStory copy = copy();
    copy.title = edit.apply(title);
    copy.summary = summary == null ? null : edit.apply(summary);
    copy.body = body == null ? null : edit.apply(body);
    copy.outline = outline == null ? null : outline.withTexts(edit);
    copy.tags = tags == null ? null : tags.stream().map(edit).toList();
    copy.organisations =
        organisations == null
            ? null
            : organisations.stream()
                .map(o -> new InvolvedOrganisation(o.name(), edit.apply(o.contribution())))
                .toList();
    copy.cycles = cycles == null ? null : cycles.stream().map(c -> c.withTexts(edit)).toList();
    copy.measures =
        measures == null
            ? null
            : measures.stream().map(m -> m.withName(edit.apply(m.name()))).toList();
    return copy;
  }

  private CaseStory copy() {
    CaseStory copy = new CaseStory();
    copy.id = id;
    copy.title = title;
    copy.summary = summary;
    copy.body = body;
    copy.outline = outline;
    copy.tags = tags;
    copy.themes = themes;
    copy.stage = stage;
    copy.language = language;
    copy.progress = progress;
    copy.evidence = evidence;
    copy.organisations = organisations;
    copy.coAuthors = coAuthors;
    copy.cycles = cycles;
    copy.measures = measures;
    copy.author = author;
    copy.organisation = organisation;
    copy.network = network;
    copy.networkId = networkId;
    copy.authorId = authorId;
    copy.status = status;
    copy.created = created;
    copy.updated = updated;
    copy.updatedBy = updatedBy;
    copy.withdrawal = withdrawal;
    copy.adaptedFrom = adaptedFrom;
    copy.aimIds = aimIds;
    return copy;
  }

  private void copy(StoryDraft draft, Instant now) {
    title = draft.getTitle().strip();
    summary = StoryRules.blankToEmpty(draft.getSummary()).strip();
    body = StoryRules.blankToEmpty(draft.getBody());
    outline = StoryRules.outlineOf(draft);
    // absent means none: the stored document stays small and old readers see what they knew
    tags = orNull(StoryRules.normaliseTags(draft.getTags()));
    themes = orNull(StoryRules.normaliseThemes(draft.getThemes()));
    stage = draft.getStage();
    language = draft.getLanguage() == null ? Language.EN : draft.getLanguage();
    progress = orNull(draft.getProgress());
    evidence = draft.getEvidence();
    organisations = orNull(draft.getOrganisations());
    coAuthors = orNull(StoryRules.normaliseIds(draft.getCoAuthors()));
    cycles = orNull(draft.getCycles());
    measures = orNull(draft.getMeasures());
    author = StoryRules.blankToEmpty(draft.getAuthor()).strip();
    organisation = StoryRules.blankToEmpty(draft.getOrganisation()).strip();
    network = StoryRules.blankToEmpty(draft.getNetwork()).strip();
    networkId = draft.getNetworkId();
    authorId = draft.getAuthorId();
    adaptedFrom =
        StoryRules.blankToEmpty(draft.getAdaptedFrom()).isBlank()
            ? null
            : draft.getAdaptedFrom().strip();
    aimIds = orNull(StoryRules.normaliseIds(draft.getAimIds()));
    updated = Objects.requireNonNull(now);
  }

  private static <T> List<T> orNull(List<T> items) {
    return items == null || items.isEmpty() ? null : List.copyOf(items);
  }

  /** Keeps the original creation time of imported material instead of the import time. */
  public CaseStory createdAt(Instant when) {
    return createdAt(when, when);
  }

  /** Keeps the original creation and last change times of imported material. */
  public CaseStory createdAt(Instant when, Instant lastChanged) {
    this.created = Objects.requireNonNull(when);
    this.updated = Objects.requireNonNull(lastChanged);
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

  /** The text of a story written before the outline existed; empty for newer stories. */
  public String getBody() {
    return body == null ? "" : body;
  }

  public Outline getOutline() {
    return outline == null ? Outline.EMPTY : outline;
  }

  /** Whether the story is told in the old way, as one text, with no outline. */
  @JsonbTransient
  public boolean isToldAsOneText() {
    return getOutline().isEmpty() && !getBody().isBlank();
  }

  public List<String> getTags() {
    return tags == null ? List.of() : List.copyOf(tags);
  }

  public List<Theme> getThemes() {
    return themes == null ? List.of() : List.copyOf(themes);
  }

  /** Null for stories that never said. */
  public Stage getStage() {
    return stage;
  }

  /** Stories stored before languages existed were all English. */
  public Language getLanguage() {
    return language == null ? Language.EN : language;
  }

  /** The IHI progress scores, oldest first. */
  public List<ProgressScore> getProgress() {
    return progress == null ? List.of() : List.copyOf(progress);
  }

  /** Null while nobody proposed an evidence level. */
  public Evidence getEvidence() {
    return evidence;
  }

  public List<InvolvedOrganisation> getOrganisations() {
    return organisations == null ? List.of() : List.copyOf(organisations);
  }

  public List<String> getCoAuthors() {
    return coAuthors == null ? List.of() : List.copyOf(coAuthors);
  }

  public List<PdsaCycle> getCycles() {
    return cycles == null ? List.of() : List.copyOf(cycles);
  }

  public List<Measure> getMeasures() {
    return measures == null ? List.of() : List.copyOf(measures);
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

  public boolean isWithdrawn() {
    return getStatus() == StoryStatus.WITHDRAWN;
  }

  /** Who withdrew the story, when and why; null while it is listed. */
  public Withdrawal getWithdrawal() {
    return withdrawal;
  }

  /** Whether a teller changed the story after publishing it: readers see "edited". */
  @JsonbTransient
  public boolean isEdited() {
    return !isDraft() && created != null && updated != null && updated.isAfter(created);
  }

  /** The member who saved the latest version; null for the first version and older stories. */
  public String getUpdatedBy() {
    return updatedBy;
  }

  /** Whether this member tells the story, as its author or a co-author. */
  public boolean isToldBy(String memberId) {
    return memberId != null && (memberId.equals(authorId) || getCoAuthors().contains(memberId));
  }

  /** The id of the story this one was adapted from ("we are adapting this"); null for none. */
  public String getAdaptedFrom() {
    return adaptedFrom;
  }

  /** The ids of the network narrative's aims this story advances, as its tellers chose them. */
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
