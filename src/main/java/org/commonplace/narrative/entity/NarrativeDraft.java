package org.commonplace.narrative.entity;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.story.entity.Language;

/**
 * What an editor sends to save a new version of a narrative, from the edit page or the API: a
 * JavaBean, so that both can fill it field by field. Aims without an id are new; an aim keeps the
 * id it was given when first written.
 */
public class NarrativeDraft {

  private String title = "";
  private String text = "";
  private List<Aim> aims = new ArrayList<>();
  private String changeNote = "";
  private Language language = Language.EN;
  private boolean identifiersConfirmed;

  /** A draft holding what a kept version says, as the edit page opens it or a restore saves it. */
  public static NarrativeDraft of(Narrative narrative) {
    NarrativeDraft draft = new NarrativeDraft();
    draft.setTitle(narrative.title());
    draft.setText(narrative.text());
    draft.setAims(narrative.aims());
    draft.setLanguage(narrative.language());
    return draft;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text;
  }

  public List<Aim> getAims() {
    return aims;
  }

  public void setAims(List<Aim> aims) {
    this.aims = aims == null ? new ArrayList<>() : new ArrayList<>(aims);
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote == null ? "" : changeNote;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language == null ? Language.EN : language;
  }

  public boolean isIdentifiersConfirmed() {
    return identifiersConfirmed;
  }

  public void setIdentifiersConfirmed(boolean identifiersConfirmed) {
    this.identifiersConfirmed = identifiersConfirmed;
  }
}
