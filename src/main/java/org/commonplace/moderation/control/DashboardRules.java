package org.commonplace.moderation.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.moderation.entity.DashboardThread;
import org.commonplace.moderation.entity.DashboardVoices;

/**
 * The dashboard's judgements, kept apart from the store so each has a unit test.
 *
 * <p>A thread is <b>unanswered</b> while it has no accepted answer and no visible reply from anyone
 * but the asker: a reply from the asker alone ("any ideas?") answers nothing, and an accepted
 * answer settles it even if the asker wrote it. A thread stays <b>within one organisation</b> while
 * no visible reply comes from an organisation other than the asker's, the cross-organisation
 * learning the networks exist for.
 */
public final class DashboardRules {

  private DashboardRules() {}

  /**
   * Who replied to a thread (visible replies only): a few of the members and organisations, enough
   * to tell whether anyone other than the asker did (two of each suffice).
   */
  public record ReplyVoices(Set<String> authors, Set<String> organisations) {

    public static final ReplyVoices NONE = new ReplyVoices(Set.of(), Set.of());

    public ReplyVoices {
      authors = Set.copyOf(authors);
      organisations = Set.copyOf(organisations);
    }
  }

  public static boolean isUnanswered(DiscussionThread thread, ReplyVoices replies) {
    return thread.acceptedReplyId() == null
        && replies.authors().stream().allMatch(a -> a.equals(thread.postedBy().id()));
  }

  public static boolean isWithinOneOrganisation(DiscussionThread thread, ReplyVoices replies) {
    return replies.organisations().stream()
        .allMatch(o -> Objects.equals(o, thread.postedBy().organisationId()));
  }

  /** Oldest first: the one that has waited longest leads. */
  public static List<DashboardThread> oldestFirst(Collection<DiscussionThread> threads) {
    return threads.stream()
        .sorted(Comparator.comparing(DiscussionThread::created).thenComparing(DiscussionThread::id))
        .map(DashboardRules::listed)
        .toList();
  }

  static DashboardThread listed(DiscussionThread t) {
    return new DashboardThread(
        t.id(),
        t.title(),
        t.postedBy().id(),
        t.postedBy().name(),
        t.postedBy().organisationId(),
        t.created(),
        t.replyCount());
  }

  /**
   * One row per voice that posted in the period, the most frequent first (then by key, so the order
   * is stable), with zeros for the months it was silent.
   *
   * @param counts posts by month and by voice
   */
  public static DashboardVoices voices(
      List<YearMonth> months, Map<YearMonth, Map<String, Long>> counts) {
    Set<String> keys = new TreeSet<>();
    counts.values().forEach(byVoice -> keys.addAll(byVoice.keySet()));
    List<DashboardVoices.Row> rows = new ArrayList<>();
    for (String key : keys) {
      rows.add(
          new DashboardVoices.Row(
              key,
              months.stream()
                  .map(m -> counts.getOrDefault(m, Map.of()).getOrDefault(key, 0L))
                  .toList()));
    }
    rows.sort(
        Comparator.comparingLong(DashboardVoices.Row::total)
            .reversed()
            .thenComparing(DashboardVoices.Row::key));
    return new DashboardVoices(months, rows);
  }

  /** The roles the network's members hold that did not post in the period, in the enum's order. */
  public static List<StakeholderRole> silentRoles(
      Collection<StakeholderRole> memberRoles, DashboardVoices byRole) {
    Set<String> spoke = spoke(byRole);
    return Arrays.stream(StakeholderRole.values())
        .filter(memberRoles::contains)
        .filter(role -> !spoke.contains(role.name()))
        .toList();
  }

  /** The roles no member of the network holds: a stakeholder the partnership lacks. */
  public static List<StakeholderRole> absentRoles(Collection<StakeholderRole> memberRoles) {
    return Arrays.stream(StakeholderRole.values()).filter(r -> !memberRoles.contains(r)).toList();
  }

  /** The members' organisations that did not post in the period, sorted by id. */
  public static List<String> silentOrganisations(
      Collection<String> memberOrganisations, DashboardVoices byOrganisation) {
    Set<String> spoke = spoke(byOrganisation);
    return memberOrganisations.stream()
        .filter(Objects::nonNull)
        .filter(o -> !spoke.contains(o))
        .distinct()
        .sorted()
        .toList();
  }

  private static Set<String> spoke(DashboardVoices voices) {
    Set<String> spoke = new TreeSet<>();
    voices.rows().stream().filter(r -> r.total() > 0).forEach(r -> spoke.add(r.key()));
    return spoke;
  }
}
