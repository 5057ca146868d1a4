package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.DigestSettings;
import org.commonplace.platform.record.NoSuchRecordException;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;

/** Each member's choice of mails: set on the notifications page, the API and by unsubscribing. */
@ApplicationScoped
public class DigestPreferences {

  @Inject RecordStores stores;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public DigestSettings of(String memberId) {
    return store().get(memberId).orElseGet(() -> DigestSettings.defaultFor(memberId));
  }

  public DigestSettings of(Viewer viewer) {
    policy.require(viewer, Action.READ, Scope.SITE);
    return of(viewer.memberId().orElseThrow());
  }

  public DigestSettings choose(Viewer viewer, DigestFrequency frequency) {
    policy.require(viewer, Action.READ, Scope.SITE);
    return choose(viewer.memberId().orElseThrow(), frequency);
  }

  /** Sets the frequency of the member's mails; the unsubscribe link's way, with no viewer. */
  public DigestSettings choose(String memberId, DigestFrequency frequency) {
    Instant now = clock.instant();
    DigestSettings chosen = DigestSettings.defaultFor(memberId).withFrequency(frequency, now);
    if (store().create(memberId, chosen).isPresent()) {
      return chosen;
    }
    try {
      return store().update(memberId, s -> s.withFrequency(frequency, now)).value();
    } catch (NoSuchRecordException e) {
      return choose(memberId, frequency);
    }
  }

  public void digestSent(String memberId, Instant when) {
    DigestSettings first = DigestSettings.defaultFor(memberId).digestSentAt(when);
    if (store().create(memberId, first).isEmpty()) {
      store().update(memberId, s -> s.digestSentAt(when));
    }
  }

  private RecordStore<DigestSettings> store() {
    return stores.of(DigestSettings.KIND);
  }
}
