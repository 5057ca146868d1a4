package org.commonplace.notification.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.commonplace.notification.entity.MailMessage;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/**
 * Mails waiting to be handed to the SMTP server. Writing one is all a post ever waits for; the
 * {@code MailDrain} sends them later. A mail is claimed before it is sent (its next attempt moved a
 * few minutes on with a conditional write), so two instances of the portal never send it twice.
 */
@ApplicationScoped
public class MailOutbox {

  /** Long enough for one SMTP conversation and its timeouts. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  @Inject RecordStores stores;
  @Inject Clock clock;

  public MailMessage enqueue(
      String memberId, String to, DigestMail.Composed mail, String unsubscribe) {
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    MailMessage message =
        new MailMessage(
            id,
            memberId,
            to,
            mail.subject(),
            mail.text(),
            mail.html(),
            unsubscribe,
            now,
            0,
            now,
            null,
            null);
    store().create(id, message);
    return message;
  }

  /** Unsent mails whose next attempt is due, oldest first. */
  public List<MailMessage> due(int limit) {
    Instant now = clock.instant();
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.mustNot(m -> m.exists(e -> e.field("sentAt")))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("nextAttemptAt")
                                                        .lte(now.toString()))))));
    return store()
        .search(
            query,
            List.of(
                SortOptions.of(s -> s.field(f -> f.field("nextAttemptAt").order(SortOrder.Asc)))),
            0,
            limit)
        .items();
  }

  /**
   * @return the claimed mail, or empty when it was sent or claimed by someone else meanwhile
   */
  public Optional<Versioned<MailMessage>> claim(String id) {
    Instant now = clock.instant();
    return store()
        .find(id)
        .filter(m -> m.value().sentAt() == null)
        .filter(m -> m.value().nextAttemptAt() == null || !m.value().nextAttemptAt().isAfter(now))
        .flatMap(
            read -> {
              MailMessage m = read.value();
              MailMessage claimed =
                  new MailMessage(
                      m.id(),
                      m.memberId(),
                      m.to(),
                      m.subject(),
                      m.text(),
                      m.html(),
                      m.unsubscribeUrl(),
                      m.created(),
                      m.attempts(),
                      now.plus(CLAIM),
                      null,
                      m.lastError());
              try {
                return Optional.of(store().replace(read, claimed));
              } catch (ConcurrentChangeException e) {
                return Optional.empty();
              }
            });
  }

  public void sent(Versioned<MailMessage> claimed) {
    store().replace(claimed, claimed.value().sent(clock.instant()));
  }

  public void failed(Versioned<MailMessage> claimed, Backoff backoff, String error) {
    MailMessage m = claimed.value();
    Instant retry = clock.instant().plus(backoff.after(m.attempts() + 1));
    store().replace(claimed, m.failed(retry, error));
  }

  public Optional<MailMessage> find(String id) {
    return store().get(id);
  }

  private RecordStore<MailMessage> store() {
    return stores.of(MailMessage.KIND);
  }
}
