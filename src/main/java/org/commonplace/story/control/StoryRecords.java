package org.commonplace.story.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.data.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordSnapshot;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.StorySummary;

/**
 * Where stories are kept: by id and every write through the record store (realtime, versioned,
 * conditional, projected), lists of one member's stories through the JNoSQL repository, and the
 * paged list of the newest stories, which needs an exact total, through the record store's search.
 * Lists give {@link StorySummary}s: a story's outline, cycles and measures are read by id.
 */
@ApplicationScoped
public class StoryRecords {

  @Inject RecordStores stores;
  @Inject StoryRepository repository;
  @Inject RecordIndex index;

  private RecordStore<CaseStory> store() {
    return stores.of(CaseStory.KIND);
  }

  public Optional<Versioned<CaseStory>> find(String id) {
    return Ids.isWellFormed(id) ? store().find(id) : Optional.empty();
  }

  public boolean exists(String id) {
    return find(id).isPresent();
  }

  /**
   * @return empty when a story with this id exists; nothing is stored then
   */
  public Optional<Versioned<CaseStory>> create(CaseStory story) {
    return store().create(story.getId(), story);
  }

  /**
   * @throws org.commonplace.platform.record.ConcurrentChangeException when the story changed since
   *     it was read
   */
  public Versioned<CaseStory> replace(Versioned<CaseStory> read, CaseStory changed) {
    return store().replace(read, changed);
  }

  /** What a list leaves out of each story: its text and its data, read by id instead. */
  static final String[] NOT_LISTED = {
    "body", "outline", "cycles", "measures", "organisations", "progress", "evidence"
  };

  private static final int EXPORT_BATCH = 200;

  private static final List<FieldValue> NOT_LISTED_STATUSES =
      List.of(FieldValue.of(StoryStatus.DRAFT.name()), FieldValue.of(StoryStatus.WITHDRAWN.name()));

  /**
   * Published stories of the given networks, newest first, with how many there are in all.
   * Near-real-time: a story saved in the last second may be missing.
   */
  public StoryPage newest(Set<String> networks, int offset, int size) {
    if (networks.isEmpty()) {
      return new StoryPage(List.of(), 0);
    }
    List<FieldValue> ids = networks.stream().map(FieldValue::of).toList();
    // stories stored before drafts existed have no status and count as published
    Query published =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.terms(t -> t.field("networkId").terms(v -> v.value(ids))))
                            .mustNot(
                                m ->
                                    m.terms(
                                        t ->
                                            t.field("status")
                                                .terms(v -> v.value(NOT_LISTED_STATUSES))))));
    Found<CaseStory> found =
        store()
            .search(
                RecordQuery.of(
                        published,
                        List.of(
                            SortOptions.of(
                                o -> o.field(f -> f.field("created").order(SortOrder.Desc)))),
                        offset,
                        size)
                    .leavingOut(NOT_LISTED));
    return new StoryPage(found.items().stream().map(StorySummary::of).toList(), found.total());
  }

  /** One member's published stories in the given networks, newest first. */
  public List<StorySummary> byAuthor(String authorId, Set<String> networks, int max) {
    if (networks.isEmpty()) {
      return List.of();
    }
    return repository.findByAuthorIdAndStatusAndNetworkIdInOrderByCreatedDesc(
        authorId, StoryStatus.PUBLISHED, networks, Limit.of(max));
  }

  /** A member's own drafts, newest first: only ever shown to that member. */
  public List<StorySummary> draftsOf(String authorId, int max) {
    return repository.findByAuthorIdAndStatusOrderByCreatedDesc(
        authorId, StoryStatus.DRAFT, Limit.of(max));
  }

  /**
   * The id of every story, whatever its state (drafts and withdrawn stories too; deleted ones not),
   * from one point-in-time view of the record index: for the content export.
   */
  public List<String> allIds() {
    // an export right after an import must see every story, not only those a refresh has shown
    index.refresh();
    List<String> ids = new java.util.ArrayList<>();
    store()
        .forEachSnapshot(
            EXPORT_BATCH,
            batch -> batch.stream().filter(RecordSnapshot::exists).forEach(s -> ids.add(s.id())));
    ids.sort(null);
    return ids;
  }

  /** One page of stories and how many there are in all. */
  public record StoryPage(List<StorySummary> stories, long total) {}
}
