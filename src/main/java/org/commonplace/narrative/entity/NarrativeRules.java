package org.commonplace.narrative.entity;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.platform.validation.Violation;

/**
 * What a narrative version must be: a title, a text a network can still read as one story (a
 * megabyte pasted by mistake is refused, naming both sizes), at most twenty aims each with a title,
 * and a short change note. Every broken rule is reported at once.
 */
public final class NarrativeRules {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 200_000;
  public static final int MAX_AIMS = 20;
  public static final int MAX_AIM_TITLE = 200;
  public static final int MAX_AIM_DESCRIPTION = 1_000;
  public static final int MAX_CHANGE_NOTE = 300;

  private NarrativeRules() {}

  public static List<Violation> violationsOf(NarrativeDraft draft) {
    List<Violation> broken = new ArrayList<>();
    String title = draft.getTitle().strip();
    if (title.isEmpty()) {
      broken.add(Violation.of("title", "narrative.title.required"));
    } else if (title.length() > MAX_TITLE) {
      broken.add(Violation.of("title", "narrative.title.tooLong", MAX_TITLE, title.length()));
    }
    if (draft.getText().length() > MAX_TEXT) {
      broken.add(
          Violation.of("text", "narrative.text.tooLong", MAX_TEXT, draft.getText().length()));
    }
    if (draft.getChangeNote().strip().length() > MAX_CHANGE_NOTE) {
      broken.add(Violation.of("changeNote", "narrative.changeNote.tooLong", MAX_CHANGE_NOTE));
    }
    List<Aim> aims = draft.getAims();
    if (aims.size() > MAX_AIMS) {
      broken.add(Violation.of("aims", "narrative.aims.tooMany", MAX_AIMS, aims.size()));
    }
    for (int i = 0; i < aims.size(); i++) {
      broken.addAll(violationsOf(aims.get(i), "aims[" + i + "]"));
    }
    return broken;
  }

  private static List<Violation> violationsOf(Aim aim, String field) {
    List<Violation> broken = new ArrayList<>();
    String title = aim.title() == null ? "" : aim.title().strip();
    if (title.isEmpty()) {
      broken.add(Violation.of(field + ".title", "narrative.aim.title.required"));
    } else if (title.length() > MAX_AIM_TITLE) {
      broken.add(Violation.of(field + ".title", "narrative.aim.title.tooLong", MAX_AIM_TITLE));
    }
    if (aim.description().strip().length() > MAX_AIM_DESCRIPTION) {
      broken.add(
          Violation.of(
              field + ".description", "narrative.aim.description.tooLong", MAX_AIM_DESCRIPTION));
    }
    if (aim.id() != null && !aim.id().isBlank() && !AimIds.isSlug(aim.id())) {
      broken.add(Violation.of(field + ".id", "narrative.aim.id.invalid"));
    }
    return broken;
  }
}
