package org.commonplace.search.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/** Lessons, narratives and their projectors for the search tests, without a container. */
final class SearchFixtures {

  static final Instant PROPOSED = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant VALIDATED = Instant.parse("2026-04-10T14:30:00Z");

  private SearchFixtures() {}

  static Lesson lesson(String id, String networkId, String statement, LessonState state) {
    boolean validated = state != LessonState.PROPOSED;
    return new Lesson(
        id,
        networkId,
        statement,
        new Conditions("Community clinics", "Newcomers without a family doctor", "Three sites"),
        "Open the **evening** clinic with an [interpreter](https://example.org) on call.",
        List.of(),
        List.of(Theme.TRUST),
        List.of(StakeholderRole.CLINICIAN, StakeholderRole.PATIENT_PARTNER),
        List.of(),
        Language.EN,
        null,
        state,
        "gwen-pryce",
        "Gwen Pryce",
        PROPOSED,
        validated ? VALIDATED : PROPOSED,
        validated ? "helen-marsh" : null,
        validated ? "Helen Marsh" : null,
        validated ? VALIDATED : null,
        validated ? "Seen at three sites with a run chart signal." : null,
        validated ? EvidenceLevel.RUN_CHART_WITH_SIGNAL : null,
        validated ? LocalDate.of(2027, 4, 10) : null,
        state == LessonState.RETIRED ? "Replaced by a city-wide service" : null,
        null,
        List.of(),
        List.of(),
        0,
        0,
        false);
  }

  static Narrative narrative(String networkId, String title, String text) {
    return new Narrative(
        networkId,
        networkId,
        title,
        text,
        List.of(
            new Aim("no-wrong-door", "No wrong door", "Every partner *refers* onwards."),
            new Aim("shared-records", "Shared records", null)),
        "Aims reworded",
        "helen-marsh",
        "Helen Marsh",
        VALIDATED,
        Language.EN,
        PROPOSED);
  }

  /** Network names as a fixed lookup, so projector tests need no record store. */
  static NetworkNames names() {
    return new NetworkNames() {
      @Override
      public String of(String networkId) {
        return "harbourford".equals(networkId) ? "Harbourford Health Partnership" : networkId;
      }
    };
  }

  static LessonProjector lessons() {
    LessonProjector projector = new LessonProjector();
    projector.markdown = new MarkdownRenderer();
    projector.networks = names();
    return projector;
  }

  static NarrativeProjector narratives() {
    NarrativeProjector projector = new NarrativeProjector();
    projector.markdown = new MarkdownRenderer();
    projector.networks = names();
    return projector;
  }

  static org.commonplace.discussion.entity.DiscussionThread thread(
      String id,
      String networkId,
      String title,
      org.commonplace.discussion.entity.PostState state) {
    java.time.Instant at = java.time.Instant.parse("2026-11-20T10:00:00Z");
    return new org.commonplace.discussion.entity.DiscussionThread(
        id,
        networkId,
        "general",
        null,
        title,
        "Who books the **interpreters** for the evening clinic?",
        List.of("access"),
        Language.EN,
        new org.commonplace.discussion.entity.Author("gwen-pryce", "Gwen Pryce", null, null),
        at,
        null,
        at,
        0,
        null,
        state,
        null,
        false,
        false,
        null,
        List.of(),
        List.of());
  }

  static org.commonplace.discussion.entity.Reply reply(
      String id,
      String threadId,
      String networkId,
      String body,
      org.commonplace.discussion.entity.PostState state) {
    return new org.commonplace.discussion.entity.Reply(
        id,
        threadId,
        networkId,
        body,
        new org.commonplace.discussion.entity.Author("helen-marsh", "Helen Marsh", null, null),
        java.time.Instant.parse("2026-11-20T11:00:00Z"),
        null,
        null,
        List.of(),
        List.of(),
        state,
        state == org.commonplace.discussion.entity.PostState.HIDDEN ? "OFF_TOPIC" : null);
  }
}
