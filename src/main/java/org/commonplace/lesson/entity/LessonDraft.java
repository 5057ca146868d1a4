package org.commonplace.lesson.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/**
 * What a member sends to propose or edit a lesson, from the form or as JSON: the texts, where it
 * applies, what it is based on and whom it concerns. {@code fromStory} names a story to base it on
 * in one step (its network, themes, aims and the story itself as basis fill what is left empty).
 * Mutable, because JSON-B and the form fill it field by field; {@link LessonRules} judges it.
 */
public class LessonDraft {

  private String networkId;
  private String statement;
  private Conditions conditions;
  private String action;
  private List<Basis> basis = new ArrayList<>();
  private List<Theme> themes = new ArrayList<>();
  private List<StakeholderRole> roles = new ArrayList<>();
  private List<String> aimIds = new ArrayList<>();
  private Language language;
  private String fromStory;
  private boolean identifiersConfirmed;

  /** The texts a member typed, for the patient-identifier guard. */
  public Map<String, String> writtenTexts() {
    Conditions c = getConditions();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("statement", getStatement());
    texts.put("setting", c.setting());
    texts.put("population", c.population());
    texts.put("scale", c.scale());
    texts.put("action", getAction());
    return texts;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  public String getNetworkId() {
    return networkId;
  }

  public void setNetworkId(String networkId) {
    this.networkId = networkId;
  }

  public String getStatement() {
    return text(statement);
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public Conditions getConditions() {
    return conditions == null ? Conditions.NONE : conditions;
  }

  public void setConditions(Conditions conditions) {
    this.conditions = conditions;
  }

  public String getAction() {
    return text(action);
  }

  public void setAction(String action) {
    this.action = action;
  }

  public List<Basis> getBasis() {
    return basis == null ? List.of() : basis;
  }

  public void setBasis(List<Basis> basis) {
    this.basis = basis == null ? new ArrayList<>() : new ArrayList<>(basis);
  }

  public List<Theme> getThemes() {
    return themes == null ? List.of() : themes;
  }

  public void setThemes(List<Theme> themes) {
    this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
  }

  public List<StakeholderRole> getRoles() {
    return roles == null ? List.of() : roles;
  }

  public void setRoles(List<StakeholderRole> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<String> getAimIds() {
    return aimIds == null ? List.of() : aimIds;
  }

  public void setAimIds(List<String> aimIds) {
    this.aimIds = aimIds == null ? new ArrayList<>() : new ArrayList<>(aimIds);
  }

  public Language getLanguage() {
    return language == null ? Language.EN : language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getFromStory() {
    return fromStory;
  }

  public void setFromStory(String fromStory) {
    this.fromStory = fromStory;
  }

  public boolean isIdentifiersConfirmed() {
    return identifiersConfirmed;
  }

  public void setIdentifiersConfirmed(boolean identifiersConfirmed) {
    this.identifiersConfirmed = identifiersConfirmed;
  }
}
