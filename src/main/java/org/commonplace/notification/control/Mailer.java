package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.DigestSettings;
import org.commonplace.notification.entity.Notification;

/**
 * Puts members' notifications into mails, as each member chose: one mail per notification for
 * IMMEDIATE, a digest of everything unread and not yet mailed for DAILY and WEEKLY, nothing for
 * NEVER. What a member already read in the portal is not mailed again.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject MemberRecords members;
  @Inject DigestPreferences preferences;
  @Inject NotificationRecords notifications;
  @Inject MailOutbox outbox;
  @Inject UnsubscribeLinks links;
  @Inject Clock clock;

  /** Called as a notification is stored: a member who wants every one gets its mail now. */
  public void ifImmediate(Notification notification) {
    if (preferences.of(notification.memberId()).frequency() == DigestFrequency.IMMEDIATE) {
      mail(notification.memberId(), List.of(notification), DigestFrequency.IMMEDIATE);
    }
  }

  /**
   * Mails every member whose mail is due what is waiting for them.
   *
   * @param regardless send now to everyone who wants mail, however recent their last digest
   * @return how many mails were put in the outbox
   */
  public int runDigests(boolean regardless) {
    Instant now = clock.instant();
    int mails = 0;
    for (String memberId : notifications.membersWithUnmailed()) {
      try {
        DigestSettings settings = preferences.of(memberId);
        if (DigestSchedule.isDue(settings, now, regardless)) {
          List<Notification> waiting = notifications.unmailed(memberId);
          if (!waiting.isEmpty() && mail(memberId, waiting, settings.frequency())) {
            mails++;
            if (settings.frequency() != DigestFrequency.IMMEDIATE) {
              preferences.digestSent(memberId, now);
            }
          }
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A digest could not be prepared: {0}", e.getMessage());
      }
    }
    return mails;
  }

  private boolean mail(String memberId, List<Notification> items, DigestFrequency frequency) {
    Member member = members.member(memberId).orElse(null);
    if (member == null || member.email() == null || member.email().isBlank()) {
      return false;
    }
    String unsubscribe = links.urlFor(memberId);
    outbox.enqueue(
        memberId,
        member.email(),
        DigestMail.compose(member.name(), frequency, items, links.root(), unsubscribe),
        unsubscribe);
    Instant now = clock.instant();
    items.forEach(n -> notifications.markMailed(n, now));
    return true;
  }
}
