package org.commonplace.notification.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.commonplace.notification.entity.NotificationKind;

/**
 * Who is told of one event, and why: each member once, for the strongest reason they have (a
 * mention in a thread they follow is one mention), never the people who did it, and only those who
 * may still read what it is about. A pure rule, so the whole of "who hears of this" is tested
 * without a store.
 */
public final class Audience {

  /** No post names more members than this; the discussion cuts its mentions there too. */
  static final int MENTION_LIMIT = 50;

  private final Map<String, NotificationKind> reasons = new LinkedHashMap<>();

  /** Adds members with a reason; a member already there keeps the stronger of the two. */
  public Audience add(Collection<String> memberIds, NotificationKind kind) {
    for (String memberId : memberIds) {
      if (memberId != null && !memberId.isBlank()) {
        reasons.merge(memberId, kind, Audience::stronger);
      }
    }
    return this;
  }

  /** Mentions count up to {@value #MENTION_LIMIT}; a longer list is cut, the rest stay text. */
  public Audience mentioned(Collection<String> memberIds) {
    return add(
        memberIds.stream().distinct().limit(MENTION_LIMIT).toList(), NotificationKind.MENTION);
  }

  /**
   * @param actors who did it: nobody is told of their own act
   * @param mayRead whether a member may read what the event is about now
   * @return each member to tell, in the order first added, with their reason
   */
  public Map<String, NotificationKind> recipients(Set<String> actors, Predicate<String> mayRead) {
    Map<String, NotificationKind> told = new LinkedHashMap<>();
    reasons.forEach(
        (memberId, kind) -> {
          if (!actors.contains(memberId) && mayRead.test(memberId)) {
            told.put(memberId, kind);
          }
        });
    return told;
  }

  private static NotificationKind stronger(NotificationKind a, NotificationKind b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
