package org.commonplace.story.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member has typed for a story, valid or not. Pages and the API bind to it, so that a
 * rejected submission can be shown again exactly as typed. Its JSON has the shape of a story's (the
 * outline as an object of section texts by {@link Section#key()}), so an API client can send back
 * what it read.
 */
public class StoryDraft {

  private String title;
  private String summary;
  private String body;

  private Map<String, String> outline = new LinkedHashMap<>();

  private List<String> tags = new ArrayList<>();
  private List<Theme> themes = new ArrayList<>();
  private Stage stage;
  private Language language;
  private List<ProgressScore> progress = new ArrayList<>();
  private Evidence evidence;
  private List<InvolvedOrganisation> organisations = new ArrayList<>();
  private List<String> coAuthors = new ArrayList<>();
  private List<PdsaCycle> cycles = new ArrayList<>();
  private List<Measure> measures = new ArrayList<>();
  private String author;
  private String organisation;
  private String network;
  private String networkId;
  private String authorId;
  private StoryStatus status;
  private boolean identifiersConfirmed;
  private String adaptedFrom;
  private List<String> aimIds = new ArrayList<>();

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

  /** The whole story as one Markdown text, as stories were written before the outline. */
  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  /** Section texts by section key; the live map, so a page can bind each section's field. */
  public Map<String, String> getOutline() {
    return outline;
  }

  public void setOutline(Map<String, String> outline) {
    this.outline = outline == null ? new LinkedHashMap<>() : new LinkedHashMap<>(outline);
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = copy(tags);
  }

  public List<Theme> getThemes() {
    return themes;
  }

  public void setThemes(List<Theme> themes) {
    this.themes = copy(themes);
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  /** English unless said otherwise. */
  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public List<ProgressScore> getProgress() {
    return progress;
  }

  public void setProgress(List<ProgressScore> progress) {
    this.progress = copy(progress);
  }

  public Evidence getEvidence() {
    return evidence;
  }

  public void setEvidence(Evidence evidence) {
    this.evidence = evidence;
  }

  public List<InvolvedOrganisation> getOrganisations() {
    return organisations;
  }

  public void setOrganisations(List<InvolvedOrganisation> organisations) {
    this.organisations = copy(organisations);
  }

  /** Member ids of the people who tell the story with its author. */
  public List<String> getCoAuthors() {
    return coAuthors;
  }

  public void setCoAuthors(List<String> coAuthors) {
    this.coAuthors = copy(coAuthors);
  }

  public List<PdsaCycle> getCycles() {
    return cycles;
  }

  public void setCycles(List<PdsaCycle> cycles) {
    this.cycles = copy(cycles);
  }

  public List<Measure> getMeasures() {
    return measures;
  }

  public void setMeasures(List<Measure> measures) {
    this.measures = copy(measures);
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

  /**
   * The story this one adapts. Only adapting a story sets it (and the content import): the portal
   * ignores it when an API client sends it, and a new version keeps the story's own.
   */
  public String getAdaptedFrom() {
    return adaptedFrom;
  }

  public void setAdaptedFrom(String adaptedFrom) {
    this.adaptedFrom = adaptedFrom;
  }

  /** The ids of the network narrative's aims the story advances. */
  public List<String> getAimIds() {
    return aimIds;
  }

  public void setAimIds(List<String> aimIds) {
    this.aimIds = copy(aimIds);
  }

  /**
   * The author confirmed that what the identifier guard flagged is not about a patient. Travels
   * with one save only: a story never stores it.
   */
  public boolean isIdentifiersConfirmed() {
    return identifiersConfirmed;
  }

  public void setIdentifiersConfirmed(boolean identifiersConfirmed) {
    this.identifiersConfirmed = identifiersConfirmed;
  }

  /**
   * Every text a member typed, by the field it was typed in ({@code outline.results}, {@code
   * cycles[0].study}), in the order of the form: what the identifier guard reads before a save.
   */
  public Map<String, String> writtenTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", title);
    texts.put("summary", summary);
    texts.put("body", body);
    outline.forEach((section, text) -> texts.put("outline." + section, text));
    texts.put("tags", String.join(", ", tags));
    for (int i = 0; i < organisations.size(); i++) {
      InvolvedOrganisation organisation = organisations.get(i);
      if (organisation != null) {
        texts.put("organisations[" + i + "].contribution", organisation.contribution());
      }
    }
    for (int i = 0; i < cycles.size(); i++) {
      PdsaCycle cycle = cycles.get(i);
      if (cycle != null) {
        texts.put("cycles[" + i + "].change", cycle.change());
        texts.put("cycles[" + i + "].prediction", cycle.prediction());
        texts.put("cycles[" + i + "].did", cycle.did());
        texts.put("cycles[" + i + "].study", cycle.study());
      }
    }
    for (int i = 0; i < measures.size(); i++) {
      Measure measure = measures.get(i);
      if (measure != null) {
        texts.put("measures[" + i + "].name", measure.name());
      }
    }
    texts.values().removeIf(text -> text == null || text.isBlank());
    return texts;
  }

  /** A copy of a stored story to edit. */
  public static StoryDraft of(CaseStory story) {
    StoryDraft draft = new StoryDraft();
    draft.setTitle(story.getTitle());
    draft.setSummary(story.getSummary());
    draft.setBody(story.getBody());
    story.getOutline().texts().forEach((s, text) -> draft.outline.put(s.key(), text));
    draft.setTags(story.getTags());
    draft.setAuthor(story.getAuthor());
    draft.setOrganisation(story.getOrganisation());
    draft.setNetwork(story.getNetwork());
    draft.setNetworkId(story.getNetworkId());
    draft.setAuthorId(story.getAuthorId());
    draft.setThemes(story.getThemes());
    draft.setStage(story.getStage());
    draft.setLanguage(story.getLanguage());
    draft.setEvidence(story.getEvidence());
    draft.setOrganisations(story.getOrganisations());
    draft.setCoAuthors(story.getCoAuthors());
    draft.setCycles(story.getCycles());
    draft.setMeasures(story.getMeasures());
    draft.setAdaptedFrom(story.getAdaptedFrom());
    draft.setAimIds(story.getAimIds());
    draft.takeWhatPagesDoNotEdit(story);
    return draft;
  }

  /**
   * Copies from the stored story what the story page does not edit: the history of progress scores,
   * to which the page only adds today's score. (A facilitator's confirmation of the evidence level
   * is kept by the story service, and a co-author's changes to the co-authors are ignored there.)
   */
  public void takeWhatPagesDoNotEdit(CaseStory story) {
    setProgress(story.getProgress());
  }

  private static <T> List<T> copy(List<T> items) {
    return items == null ? new ArrayList<>() : new ArrayList<>(items);
  }
}
