package org.commonplace.security.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.security.entity.AuditEntry;
import org.commonplace.security.entity.AuditEvent;

/**
 * The security audit log in the record index, readable by admins. Writing it never blocks a
 * sign-in: if Elasticsearch refuses, the event goes to the server log instead.
 */
@ApplicationScoped
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  public static final int PAGE_SIZE = 50;

  @Inject RecordStores stores;
  @Inject Clock clock;

  public void record(AuditEvent outcome, String account, String memberId, String address) {
    String id = UUID.randomUUID().toString();
    store(id, AuditEntry.of(id, clock.instant(), outcome, account, memberId, address));
  }

  /** A member's action on content; like a sign-in event, never blocked by the log. */
  public void recordAction(AuditEvent event, String memberId, String subject) {
    String id = UUID.randomUUID().toString();
    store(id, AuditEntry.action(id, clock.instant(), event, memberId, subject));
  }

  private void store(String id, AuditEntry entry) {
    try {
      stores.of(AuditEntry.KIND).put(id, entry);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Audit entry not stored ({0} by {1} on {2}): {3}",
          new Object[] {entry.outcome(), entry.memberId(), entry.subject(), e.getMessage()});
    }
  }

  /** Newest first; near-real-time. */
  public Found<AuditEntry> newest(int page) {
    int safePage = Math.max(1, Math.min(page, 10_000 / PAGE_SIZE));
    return stores
        .of(AuditEntry.KIND)
        .search(
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))),
            (safePage - 1) * PAGE_SIZE,
            PAGE_SIZE);
  }
}
