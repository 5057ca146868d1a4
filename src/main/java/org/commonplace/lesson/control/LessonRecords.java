package org.commonplace.lesson.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.data.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonSummary;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/**
 * Where lessons are kept: by id and every write through the record store (realtime, versioned,
 * conditional, projected); short lists through the JNoSQL repository; the library, which needs an
 * exact total, facets and sorting on derived counts, and the lessons based on a story (a field of
 * the nested basis, which the driver does not query), through the record store's search.
 */
@ApplicationScoped
public class LessonRecords {

  static final int SHORT_LIST = 50;

  @Inject RecordStores stores;
  @Inject LessonRepository repository;

  private RecordStore<Lesson> store() {
    return stores.of(Lesson.KIND);
  }

  public Optional<Versioned<Lesson>> find(String id) {
    return store().find(id);
  }

  /**
   * @return empty when a lesson with this id exists; nothing is stored then
   */
  public Optional<Versioned<Lesson>> create(Lesson lesson) {
    return store().create(lesson.id(), lesson);
  }

  /**
   * @throws org.commonplace.platform.record.ConcurrentChangeException when it changed since read
   */
  public Versioned<Lesson> replace(Versioned<Lesson> read, Lesson changed) {
    return store().replace(read, changed);
  }

  /**
   * Read, change, write, again until no one wrote in between: for appends and unversioned moves.
   */
  public Versioned<Lesson> update(String id, UnaryOperator<Lesson> change) {
    return store().update(id, change);
  }

  /** One page of the library, within the networks the viewer may read. */
  public LibraryPage library(
      LibraryQuery asked, Set<String> readable, Set<String> facilitated, LocalDate today) {
    if (readable.isEmpty()) {
      return new LibraryPage(List.of(), 0, Map.of());
    }
    Found<Lesson> found = store().search(LibraryQueries.of(asked, readable, facilitated, today));
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    found.aggregations().forEach((name, aggregate) -> facets.put(name, counts(aggregate)));
    return new LibraryPage(found.items(), found.total(), facets);
  }

  private static Map<String, Long> counts(Aggregate aggregate) {
    Map<String, Long> counts = new LinkedHashMap<>();
    aggregate
        .sterms()
        .buckets()
        .array()
        .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
    return counts;
  }

  /** Lessons of the readable networks based on this story (or one of its cycles), newest first. */
  public List<Lesson> basedOn(String storyId, Set<String> readable) {
    if (readable.isEmpty()) {
      return List.of();
    }
    List<FieldValue> networks = readable.stream().map(FieldValue::of).toList();
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("basis.recordId").value(storyId)))
                            .filter(
                                f ->
                                    f.terms(
                                        t -> t.field("networkId").terms(v -> v.value(networks))))));
    return store()
        .search(
            RecordQuery.of(
                    query,
                    List.of(
                        SortOptions.of(
                            o -> o.field(f -> f.field("proposedAt").order(SortOrder.Desc)))),
                    0,
                    SHORT_LIST)
                .leavingOut(LibraryQueries.NOT_LISTED))
        .items();
  }

  /** Where a lesson spread to: the lessons adapted from it. */
  public List<LessonSummary> adaptationsOf(String lessonId) {
    return repository.findByAdaptedFromOrderByProposedAtDesc(lessonId, Limit.of(SHORT_LIST));
  }

  /** Flagged lessons of these networks, for their facilitators. */
  public List<LessonSummary> flagged(Set<String> networks) {
    if (networks.isEmpty()) {
      return List.of();
    }
    return repository.findByFlaggedAndNetworkIdIn(true, networks, Limit.of(SHORT_LIST));
  }

  /** Validated lessons of these networks past their review-by date, the longest overdue first. */
  public List<Lesson> dueForReview(Set<String> networks, LocalDate today) {
    if (networks.isEmpty()) {
      return List.of();
    }
    LibraryQuery due =
        new LibraryQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            LibraryQuery.LibrarySort.REVIEW,
            1,
            true);
    return library(due, networks, networks, today).lessons().stream()
        .filter(l -> l.isDueForReview(today))
        .toList();
  }
}
