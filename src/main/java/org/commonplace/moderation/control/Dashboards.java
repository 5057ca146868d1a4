package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.moderation.control.DashboardRules.ReplyVoices;
import org.commonplace.moderation.entity.Dashboard;
import org.commonplace.moderation.entity.DashboardFlag;
import org.commonplace.moderation.entity.DashboardPeriod;
import org.commonplace.moderation.entity.DashboardVoices;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordStores;

/**
 * A network's facilitator dashboard, drawn from the records: a handful of searches whose counting
 * Elasticsearch does, so the dashboard of a forum of thousands of threads costs what a small one
 * does. For the network's facilitators only ({@link Action#MODERATE}); a network the viewer may not
 * read is answered as missing.
 */
@ApplicationScoped
public class Dashboards {

  /** More members than any network has; the dashboard reads them all to find silent voices. */
  static final int MEMBERS_READ = 5_000;

  @Inject RecordStores stores;
  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  /**
   * @param last the last month counted; the current one (UTC) when empty
   * @return empty when there is no such network or the viewer may not read it
   * @throws org.commonplace.access.control.AccessDeniedException when the viewer does not
   *     facilitate it
   */
  public Optional<Dashboard> of(Viewer viewer, String networkId, Optional<YearMonth> last) {
    Optional<Network> network = networks.network(networkId);
    if (network.isEmpty()) {
      return Optional.empty();
    }
    Scope scope = Scope.network(networkId, network.get().isMembersOnly());
    if (!policy.allows(viewer, Action.READ, scope)) {
      return Optional.empty();
    }
    policy.require(viewer, Action.MODERATE, scope);
    Instant now = clock.instant();
    DashboardPeriod period =
        DashboardPeriod.endingWith(last.orElse(YearMonth.from(now.atZone(ZoneOffset.UTC))));
    return Optional.of(draw(networkId, period, now));
  }

  private Dashboard draw(String networkId, DashboardPeriod period, Instant now) {
    List<DiscussionThread> threads =
        stores
            .of(DiscussionThread.KIND)
            .search(DashboardQueries.visibleThreads(networkId, Dashboard.THREADS_EXAMINED))
            .items();
    Map<String, ReplyVoices> voices =
        threads.isEmpty()
            ? Map.of()
            : DashboardQueries.readReplyVoices(
                stores
                    .of(Reply.KIND)
                    .search(
                        DashboardQueries.replyVoices(
                            networkId, threads.stream().map(DiscussionThread::id).toList()))
                    .aggregations());
    List<DiscussionThread> unanswered = new ArrayList<>();
    List<DiscussionThread> withinOne = new ArrayList<>();
    for (DiscussionThread thread : threads) {
      ReplyVoices replies = voices.getOrDefault(thread.id(), ReplyVoices.NONE);
      if (DashboardRules.isUnanswered(thread, replies)) {
        unanswered.add(thread);
      }
      if (DashboardRules.isWithinOneOrganisation(thread, replies)) {
        withinOne.add(thread);
      }
    }
    Found<Flag> flags =
        stores.of(Flag.KIND).search(DashboardQueries.openFlags(networkId, Dashboard.LISTED));
    List<Member> members =
        stores.of(Member.KIND).search(DashboardQueries.members(networkId, MEMBERS_READ)).items();
    Set<StakeholderRole> memberRoles =
        members.stream()
            .map(Member::stakeholderRole)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    DashboardVoices byRole = participation(networkId, period, DashboardQueries.ROLES);
    DashboardVoices byOrganisation =
        participation(networkId, period, DashboardQueries.ORGANISATIONS);
    return new Dashboard(
        networkId,
        period,
        now,
        limited(DashboardRules.oldestFirst(unanswered)),
        unanswered.size(),
        flagged(flags.items(), threads, now),
        flags.total(),
        limited(DashboardRules.oldestFirst(withinOne)),
        withinOne.size(),
        threads.size(),
        byRole,
        byOrganisation,
        DashboardRules.silentRoles(memberRoles, byRole),
        DashboardRules.absentRoles(memberRoles),
        DashboardRules.silentOrganisations(
            members.stream().map(Member::organisationId).toList(), byOrganisation),
        organisations.all().stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a)));
  }

  /** Posts (opening posts and replies) by month and voice. */
  private DashboardVoices participation(String networkId, DashboardPeriod period, String voice) {
    Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
    var query = DashboardQueries.participation(networkId, period);
    DashboardQueries.addParticipation(
        stores.of(DiscussionThread.KIND).search(query).aggregations(), voice, counts);
    DashboardQueries.addParticipation(
        stores.of(Reply.KIND).search(query).aggregations(), voice, counts);
    return DashboardRules.voices(period.months(), counts);
  }

  private List<DashboardFlag> flagged(List<Flag> flags, List<DiscussionThread> known, Instant now) {
    Map<String, String> titles = new HashMap<>();
    known.forEach(t -> titles.putIfAbsent(t.id(), t.title()));
    List<String> missing =
        flags.stream()
            .map(Flag::threadId)
            .distinct()
            .filter(id -> !titles.containsKey(id))
            .toList();
    if (!missing.isEmpty()) {
      stores
          .of(DiscussionThread.KIND)
          .search(DashboardQueries.threadsById(missing))
          .items()
          .forEach(t -> titles.put(t.id(), t.title()));
    }
    Function<Flag, DashboardFlag> listed =
        f ->
            new DashboardFlag(
                f.id(),
                f.threadId(),
                titles.getOrDefault(f.threadId(), f.threadId()),
                f.replyId(),
                f.reason(),
                f.created(),
                Duration.between(f.created(), now).isNegative()
                    ? Duration.ZERO
                    : Duration.between(f.created(), now));
    return flags.stream().map(listed).toList();
  }

  private static <T> List<T> limited(List<T> items) {
    return items.size() <= Dashboard.LISTED ? items : items.subList(0, Dashboard.LISTED);
  }
}
