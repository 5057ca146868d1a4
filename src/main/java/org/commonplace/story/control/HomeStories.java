package org.commonplace.story.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.MemberHome;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.StorySummary;

/**
 * The lists of a member's home page. Drafts come from the JNoSQL repository; the others need what
 * its query methods cannot say (any of several fields, "no score since", a sort on the latest of
 * many dates), so they go through the record store's search, as the record package's rule says.
 */
@ApplicationScoped
public class HomeStories {

  /** A few of each: the home page points the way, the lists and search go further. */
  public static final int LISTED = 8;

  /** Life QI asks teams for a score each month; a quarter without one is overdue. */
  public static final int PROGRESS_DUE_AFTER_DAYS = 90;

  @Inject RecordStores stores;
  @Inject StoryRecords records;
  @Inject Clock clock;

  public MemberHome of(String memberId, Set<String> readableNetworks) {
    if (readableNetworks.isEmpty()) {
      return new MemberHome(List.of(), records.draftsOf(memberId, LISTED), List.of(), List.of());
    }
    return new MemberHome(
        newest(inNetworks(readableNetworks)),
        records.draftsOf(memberId, LISTED),
        newest(b -> inNetworks(readableNetworks).apply(b).filter(term("coAuthors", memberId))),
        progressDue(memberId, readableNetworks));
  }

  /** Published stories, newest change first: a revision brings a story back to the top. */
  private List<StorySummary> newest(UnaryOperator<BoolQuery.Builder> where) {
    Query query = Query.of(q -> q.bool(b -> where.apply(published(b))));
    SortOptions sort = SortOptions.of(o -> o.field(f -> f.field("updated").order(SortOrder.Desc)));
    return search(RecordQuery.of(query, List.of(sort), 0, LISTED));
  }

  /**
   * The member's published stories, told or co-authored, without a progress score in the last
   * {@value #PROGRESS_DUE_AFTER_DAYS} days, the one that fell due most recently first: a team still
   * at work scores often, so a story last scored years ago is most likely finished, and the ones
   * just past the line are those a reminder helps. Stories never scored come last.
   */
  private List<StorySummary> progressDue(String memberId, Set<String> readableNetworks) {
    String since = LocalDate.now(clock).minusDays(PROGRESS_DUE_AFTER_DAYS).toString();
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        inNetworks(readableNetworks)
                            .apply(published(b))
                            .should(term("authorId", memberId))
                            .should(term("coAuthors", memberId))
                            .minimumShouldMatch("1")
                            .mustNot(
                                m ->
                                    m.range(
                                        r -> r.date(d -> d.field("progress.date").gte(since))))));
    SortOptions latestScore =
        SortOptions.of(
            o ->
                o.field(
                    f ->
                        f.field("progress.date")
                            .order(SortOrder.Desc)
                            .mode(SortMode.Max)
                            .missing("_last")));
    return search(RecordQuery.of(query, List.of(latestScore), 0, LISTED));
  }

  private List<StorySummary> search(RecordQuery query) {
    return stores
        .of(CaseStory.KIND)
        .search(query.leavingOut(StoryRecords.NOT_LISTED))
        .items()
        .stream()
        .map(StorySummary::of)
        .toList();
  }

  /** Stored before drafts existed, a story has no status and counts as published. */
  private static BoolQuery.Builder published(BoolQuery.Builder b) {
    return b.mustNot(
        m ->
            m.terms(
                t ->
                    t.field("status")
                        .terms(
                            v ->
                                v.value(
                                    List.of(
                                        FieldValue.of(StoryStatus.DRAFT.name()),
                                        FieldValue.of(StoryStatus.WITHDRAWN.name()))))));
  }

  private static UnaryOperator<BoolQuery.Builder> inNetworks(Set<String> ids) {
    List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
    return b -> b.filter(f -> f.terms(t -> t.field("networkId").terms(v -> v.value(values))));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
