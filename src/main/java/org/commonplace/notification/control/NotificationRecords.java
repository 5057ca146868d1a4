package org.commonplace.notification.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;

/**
 * The notifications in the record index: written once each (an id per event and member, so an event
 * delivered twice tells no one twice), listed newest first, counted, marked read and marked mailed.
 */
@ApplicationScoped
public class NotificationRecords {

  /** How many members a digest run looks at in one go; the next run takes the rest. */
  static final int MEMBERS_PER_RUN = 1_000;

  private static final int PENDING_LIMIT = 200;

  @Inject RecordStores stores;

  private final UnreadCounts unreadCounts = new UnreadCounts();

  /**
   * @return false when it was written before
   */
  public boolean create(Notification notification) {
    boolean created = store().create(notification.id(), notification).isPresent();
    if (created) {
      unreadCounts.forget(notification.memberId());
    }
    return created;
  }

  public Optional<Notification> find(String id) {
    return store().get(id);
  }

  public Found<Notification> page(String memberId, boolean unreadOnly, int page) {
    int from = (Math.max(page, 1) - 1) * Notification.PAGE_SIZE;
    return store()
        .search(
            of(memberId, unreadOnly),
            List.of(SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Desc)))),
            Math.min(from, 10_000 - Notification.PAGE_SIZE),
            Notification.PAGE_SIZE);
  }

  public long unread(String memberId) {
    return store().count(of(memberId, true));
  }

  /** The count a page's header shows: up to a few seconds old (see {@link UnreadCounts}). */
  public long unreadAtAGlance(String memberId) {
    return unreadCounts.of(memberId, this::unread);
  }

  public void markRead(Notification notification) {
    store().update(notification.id(), Notification::asRead);
    unreadCounts.forget(notification.memberId());
  }

  /** The member's unread notifications, oldest first, for marking all read. */
  public List<Notification> unreadOf(String memberId, int limit) {
    return store()
        .search(
            of(memberId, true),
            List.of(SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Asc)))),
            0,
            limit)
        .items();
  }

  /** Unread notifications no mail has carried yet, oldest first. */
  public List<Notification> unmailed(String memberId) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(of(memberId, true))
                            .mustNot(m -> m.exists(e -> e.field("sentAt")))));
    return store()
        .search(
            query,
            List.of(SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Asc)))),
            0,
            PENDING_LIMIT)
        .items();
  }

  /** The members with unread notifications that no mail has carried yet. */
  public List<String> membersWithUnmailed() {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("read").value(false)))
                            .mustNot(m -> m.exists(e -> e.field("sentAt")))));
    Found<Notification> found =
        store()
            .search(
                RecordQuery.of(query, List.of(), 0, 0)
                    .withAggregation(
                        "members",
                        Aggregation.of(
                            a -> a.terms(t -> t.field("memberId").size(MEMBERS_PER_RUN)))));
    return found.aggregations().get("members").sterms().buckets().array().stream()
        .map(StringTermsBucket::key)
        .map(k -> k.stringValue())
        .toList();
  }

  public void markMailed(Notification notification, java.time.Instant when) {
    store().update(notification.id(), n -> n.sentAt(when));
  }

  private static Query of(String memberId, boolean unreadOnly) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(f -> f.term(t -> t.field("memberId").value(memberId)));
                  if (unreadOnly) {
                    b.filter(f -> f.term(t -> t.field("read").value(false)));
                  }
                  return b;
                }));
  }

  private RecordStore<Notification> store() {
    return stores.of(Notification.KIND);
  }
}
