package org.commonplace.story.entity;

import java.time.LocalDate;
import java.util.List;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.Violation;

/** The rules of a story's smaller parts: organisations involved, co-authors, progress, evidence. */
final class StoryPartRules {

  static final int ORGANISATIONS_MAX = 20;
  static final int CONTRIBUTION_MAX_CHARS = 2_000;
  static final int CO_AUTHORS_MAX = 10;
  static final int PROGRESS_MAX = 200;

  private StoryPartRules() {}

  static void check(List<Violation> found, StoryDraft draft) {
    checkOrganisations(found, draft.getOrganisations());
    checkCoAuthors(found, draft.getCoAuthors(), draft.getAuthorId());
    checkProgress(found, draft.getProgress());
    if (draft.getEvidence() != null && draft.getEvidence().level() == null) {
      found.add(Violation.of("evidence.level", "story.evidence.levelRequired"));
    }
  }

  private static void checkOrganisations(List<Violation> found, List<InvolvedOrganisation> all) {
    List<InvolvedOrganisation> organisations = StoryRules.nonNull(all);
    if (organisations.size() > ORGANISATIONS_MAX) {
      found.add(Violation.of("organisations", "story.organisations.tooMany", ORGANISATIONS_MAX));
      return;
    }
    for (int i = 0; i < organisations.size(); i++) {
      InvolvedOrganisation involved = organisations.get(i);
      String field = "organisations[" + i + "]";
      if (involved.name().isEmpty()) {
        found.add(Violation.of(field + ".name", "story.organisations.nameRequired", i + 1));
      } else if (involved.name().length() > StoryRules.NAME_MAX_CHARS) {
        found.add(Violation.of(field + ".name", "story.name.tooLong", StoryRules.NAME_MAX_CHARS));
      }
      if (involved.contribution().length() > CONTRIBUTION_MAX_CHARS) {
        found.add(
            Violation.of(
                field + ".contribution",
                "story.organisations.contributionTooLong",
                involved.name(),
                CONTRIBUTION_MAX_CHARS));
      }
    }
  }

  private static void checkCoAuthors(List<Violation> found, List<String> ids, String authorId) {
    List<String> coAuthors = StoryRules.normaliseIds(ids);
    if (coAuthors.size() > CO_AUTHORS_MAX) {
      found.add(Violation.of("coAuthors", "story.coAuthors.tooMany", CO_AUTHORS_MAX));
    }
    for (String id : coAuthors) {
      if (!Ids.isWellFormed(id)) {
        found.add(Violation.of("coAuthors", "story.coAuthors.invalid", id));
      } else if (id.equals(authorId)) {
        found.add(Violation.of("coAuthors", "story.coAuthors.author"));
      }
    }
  }

  private static void checkProgress(List<Violation> found, List<ProgressScore> all) {
    if (all == null) {
      return;
    }
    if (all.size() > PROGRESS_MAX) {
      found.add(Violation.of("progress", "story.progress.tooMany", PROGRESS_MAX));
      return;
    }
    LocalDate previous = null;
    for (int i = 0; i < all.size(); i++) {
      ProgressScore score = all.get(i);
      String field = "progress[" + i + "]";
      if (score == null || score.date() == null) {
        found.add(Violation.of(field, "story.progress.dateRequired", i + 1));
        continue;
      }
      if (!score.isOnTheScale()) {
        found.add(Violation.of(field, "story.progress.score", score.date(), score.score()));
      }
      if (previous != null && !score.date().isAfter(previous)) {
        found.add(Violation.of(field, "story.progress.order", score.date(), previous));
      }
      previous = score.date();
    }
  }
}
