package org.commonplace.story.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.platform.elasticsearch.RecordDocuments;
import org.commonplace.platform.elasticsearch.RecordDocuments.Found;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryStatus;

/**
 * Reads stories from the record index with the Elasticsearch client: realtime by id (an author sees
 * the story just saved), and pages with an exact total, which the repository cannot give.
 */
@ApplicationScoped
public class StoryRecords {

  static final String ENTITY = "CaseStory";

  @Inject RecordIndex records;
  @Inject RecordDocuments documents;

  public Optional<CaseStory> find(String id) {
    if (!StoryIds.isWellFormed(id)) {
      return Optional.empty();
    }
    return records.get(id, CaseStory.class).map(found -> found.value().withRecordId(found.id()));
  }

  public boolean exists(String id) {
    return StoryIds.isWellFormed(id) && records.exists(id);
  }

  /**
   * Published stories of the given networks, newest first. Near-real-time: a story saved in the
   * last second may be missing.
   */
  public StoryPage newest(Set<String> networks, int offset, int size) {
    return page(published(networks, Optional.empty()), offset, size);
  }

  /** One member's published stories in the given networks, newest first. */
  public StoryPage byAuthor(String authorId, Set<String> networks, int offset, int size) {
    return page(published(networks, Optional.of(authorId)), offset, size);
  }

  /** A member's own drafts, newest first: only ever shown to that member. */
  public StoryPage draftsOf(String authorId, int offset, int size) {
    Query drafts =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("authorId").value(authorId)))
                            .filter(
                                f ->
                                    f.term(
                                        t -> t.field("status").value(StoryStatus.DRAFT.name())))));
    return page(drafts, offset, size);
  }

  private static Query published(Set<String> networks, Optional<String> authorId) {
    List<FieldValue> ids = networks.stream().map(FieldValue::of).toList();
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(f -> f.terms(t -> t.field("networkId").terms(v -> v.value(ids))))
                      .mustNot(m -> m.term(t -> t.field("status").value(StoryStatus.DRAFT.name())));
                  authorId.ifPresent(
                      id -> b.filter(f -> f.term(t -> t.field("authorId").value(id))));
                  return b;
                }));
  }

  private StoryPage page(Query query, int offset, int size) {
    Found<CaseStory> found =
        documents.search(
            ENTITY,
            query,
            List.of(SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Desc)))),
            offset,
            size,
            CaseStory.class,
            StoryRecords::withId);
    return new StoryPage(found.items(), found.total());
  }

  private static CaseStory withId(Hit<CaseStory> hit) {
    return hit.source().withRecordId(hit.id());
  }

  /** One page of stories and how many there are in all. */
  public record StoryPage(List<CaseStory> stories, long total) {}
}
