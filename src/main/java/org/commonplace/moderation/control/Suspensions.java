package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.moderation.control.ModerationLog.Target;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.ModerationRules;
import org.commonplace.moderation.entity.Suspension;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * Members kept from posting in one network until a date. One record per member and network,
 * replaced by a new suspension and ended early by setting its end to the moment it was lifted, so
 * the last one stays readable.
 */
@ApplicationScoped
public class Suspensions {

  @Inject RecordStores stores;
  @Inject MemberRecords members;
  @Inject ModerationLog log;
  @Inject ModerationNews news;
  @Inject Clock clock;

  /** The suspension in force now, if any. */
  public Optional<Suspension> active(String networkId, String memberId) {
    Instant now = clock.instant();
    return store()
        .get(Suspension.idOf(networkId, memberId))
        .filter(s -> s.until() != null && s.until().isAfter(now));
  }

  /**
   * @throws InvalidInputException for a member who is not in the network, a facilitator of it, or
   *     an end date that is past or more than a year away
   */
  ModerationEntry suspend(
      Viewer viewer, String networkId, String memberId, String reason, String until) {
    Member member = memberOf(networkId, memberId);
    if (member.facilitates().contains(networkId)) {
      throw InvalidInputException.of("memberId", "moderation.error.suspendFacilitator");
    }
    Instant now = clock.instant();
    Instant end = ModerationRules.suspendedUntil(until, now);
    ModerationEntry entry =
        log.append(
            viewer,
            ModerationAction.SUSPEND,
            Target.member(networkId, member.id()),
            reason,
            null,
            end.toString());
    String id = Suspension.idOf(networkId, member.id());
    store()
        .put(
            id,
            new Suspension(
                id, networkId, member.id(), end, reason, viewer.memberId().orElseThrow(), now));
    news.aboutMember(networkId, member.id(), ModerationAction.SUSPEND, reason);
    return entry;
  }

  ModerationEntry lift(Viewer viewer, String networkId, String memberId, String reason) {
    Member member = memberOf(networkId, memberId);
    Suspension current =
        active(networkId, member.id())
            .orElseThrow(
                () -> ModerationRefusedException.conflict("moderation.error.notSuspended"));
    ModerationEntry entry =
        log.append(
            viewer,
            ModerationAction.LIFT_SUSPENSION,
            Target.member(networkId, member.id()),
            reason,
            current.until().toString(),
            null);
    Instant now = clock.instant();
    store()
        .update(
            current.id(),
            s ->
                new Suspension(
                    s.id(), s.networkId(), s.memberId(), now, s.reason(), s.by(), s.at()));
    news.aboutMember(networkId, member.id(), ModerationAction.LIFT_SUSPENSION, reason);
    return entry;
  }

  private Member memberOf(String networkId, String memberId) {
    return members
        .member(memberId == null ? "" : memberId.strip())
        .filter(m -> m.roleIn(networkId).isPresent())
        .orElseThrow(() -> InvalidInputException.of("memberId", "moderation.error.member"));
  }

  private RecordStore<Suspension> store() {
    return stores.of(Suspension.KIND);
  }
}
