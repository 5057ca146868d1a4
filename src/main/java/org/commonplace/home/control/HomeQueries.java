package org.commonplace.home.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.story.control.HomeStories;

/**
 * The record-store searches behind the home page's lessons and narratives lists. Each leaves out
 * what a list line never shows (a lesson's applied log and transitions, a narrative's text, up to
 * 200,000 characters), so a home page reads a few kilobytes however long the material.
 */
public final class HomeQueries {

  /** As many as each story list of the home page. */
  public static final int LISTED = HomeStories.LISTED;

  static final String[] LESSON_LEFT_OUT = {
    "action", "basis", "transitions", "applications", "conditions"
  };
  static final String[] NARRATIVE_LEFT_OUT = {"text", "aims"};

  private HomeQueries() {}

  /** Validated lessons of these networks, the most recently validated first. */
  public static RecordQuery newlyValidated(Set<String> networks) {
    Query query =
        Query.of(
            q -> q.bool(b -> b.filter(inNetworks(networks)).filter(state(LessonState.VALIDATED))));
    return RecordQuery.of(query, List.of(newest("validatedAt")), 0, LISTED)
        .leavingOut(LESSON_LEFT_OUT);
  }

  /** Narratives of these networks, the most recently saved version first. */
  public static RecordQuery narrativeChanges(Set<String> networks) {
    Query query = Query.of(q -> q.bool(b -> b.filter(inNetworks(networks))));
    return RecordQuery.of(query, List.of(newest("savedAt")), 0, LISTED)
        .leavingOut(NARRATIVE_LEFT_OUT);
  }

  /**
   * Validated lessons of the networks a facilitator facilitates whose review-by date is today or
   * past, the longest overdue first.
   */
  public static RecordQuery reviewDue(Set<String> facilitated, LocalDate today) {
    Query due = Query.of(q -> q.range(r -> r.date(d -> d.field("reviewBy").lte(today.toString()))));
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(inNetworks(facilitated))
                            .filter(state(LessonState.VALIDATED))
                            .filter(due)));
    SortOptions oldest =
        SortOptions.of(o -> o.field(f -> f.field("reviewBy").order(SortOrder.Asc)));
    return RecordQuery.of(query, List.of(oldest), 0, LISTED).leavingOut(LESSON_LEFT_OUT);
  }

  /**
   * Flagged lessons (most of their applications did not work) of the networks a facilitator
   * facilitates, retired ones left out since nothing remains to decide; the most failed first.
   */
  public static RecordQuery flagged(Set<String> facilitated) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(inNetworks(facilitated))
                            .filter(f -> f.term(t -> t.field("flagged").value(true)))
                            .mustNot(state(LessonState.RETIRED))));
    SortOptions mostFailed =
        SortOptions.of(o -> o.field(f -> f.field("didNotWorkCount").order(SortOrder.Desc)));
    return RecordQuery.of(query, List.of(mostFailed, newest("updated")), 0, LISTED)
        .leavingOut(LESSON_LEFT_OUT);
  }

  private static Query inNetworks(Set<String> ids) {
    List<FieldValue> values = ids.stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field("networkId").terms(v -> v.value(values))));
  }

  private static Query state(LessonState state) {
    return Query.of(q -> q.term(t -> t.field("state").value(state.name())));
  }

  private static SortOptions newest(String field) {
    return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Desc)));
  }
}
