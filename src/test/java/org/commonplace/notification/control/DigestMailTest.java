package org.commonplace.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.MailMessage;
import org.commonplace.notification.entity.Notification;
import org.commonplace.notification.entity.NotificationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A digest mail")
class DigestMailTest {

  private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
  private static final String UNSUBSCRIBE = "https://portal.example/unsubscribe?token=abc.def";

  static Notification notification(
      String id, String threadId, String title, NotificationKind kind, int minute) {
    return new Notification(
        id,
        "gwen-pryce",
        kind,
        "harbourford",
        threadId,
        "r-" + id,
        title,
        "Owen <Reed>",
        null,
        null,
        null,
        T0.plusSeconds(60L * minute),
        false,
        null);
  }

  @Test
  void shouldGroupByThreadWithTheLatestNewsFirstAndEachThreadInOrder() {
    List<Notification> all =
        List.of(
            notification("a", "falls", "Falls at night", NotificationKind.REPLY, 1),
            notification("b", "flu", "Flu clinics", NotificationKind.REPLY, 2),
            notification("c", "falls", "Falls at night", NotificationKind.MENTION, 3));

    var groups = DigestMail.grouped(all);

    assertThat(groups.keySet()).containsExactly("falls", "flu");
    assertThat(groups.get("falls")).extracting(Notification::id).containsExactly("a", "c");
  }

  @Test
  void shouldSayEachNotificationWithALinkAndTheUnsubscribeLinkEscapedInHtml() {
    var mail =
        DigestMail.compose(
            "Gwen",
            DigestFrequency.DAILY,
            List.of(
                notification("a", "falls", "Falls <at> night", NotificationKind.REPLY, 1),
                notification("b", "flu", "Flu clinics", NotificationKind.MENTION, 2)),
            "https://portal.example",
            UNSUBSCRIBE);

    assertThat(mail.subject()).contains("daily").contains("2 new notifications");
    assertThat(mail.text())
        .contains("Owen <Reed> replied in “Falls <at> night”")
        .contains("https://portal.example/thread/view.xhtml?id=falls&reply=r-a#reply-r-a")
        .contains("Owen <Reed> mentioned you in “Flu clinics”")
        .contains(UNSUBSCRIBE);
    assertThat(mail.html())
        .contains("Falls &lt;at&gt; night")
        .doesNotContain("<at>")
        .contains("href=\"" + UNSUBSCRIBE + "\"");
  }

  @Test
  void shouldTellAPostsAuthorWhatTheFacilitatorDidAndWhy() {
    Notification hidden =
        new Notification(
            "m",
            "gwen-pryce",
            NotificationKind.POST_MODERATED,
            "harbourford",
            "falls",
            null,
            "Falls at night",
            null,
            ModerationAction.HIDE,
            null,
            "names a patient",
            T0,
            false,
            null);
    Notification flag =
        new Notification(
            "f",
            "gwen-pryce",
            NotificationKind.FLAG_DECIDED,
            "harbourford",
            "falls",
            null,
            "Falls at night",
            null,
            ModerationAction.DECIDE_FLAG,
            FlagState.UPHELD,
            "thanks",
            T0,
            false,
            null);

    assertThat(NotificationTexts.sentence(java.util.Locale.ENGLISH, hidden))
        .isEqualTo("A facilitator hid your post in “Falls at night”. Why: names a patient");
    assertThat(NotificationTexts.sentence(java.util.Locale.ENGLISH, flag))
        .isEqualTo("Your flag on a post in “Falls at night” was upheld. thanks");
  }

  @Test
  void shouldCarryTheOneClickUnsubscribeHeadersAndBothBodies() throws Exception {
    SmtpMailer mailer = new SmtpMailer();
    mailer.from = "Commonplace <no-reply@commonplace.example>";
    MailMessage mail =
        new MailMessage(
            "1",
            "gwen-pryce",
            "gwen@example.org",
            "Subject é",
            "text",
            "<p>html</p>",
            UNSUBSCRIBE,
            T0,
            0,
            T0,
            null,
            null);

    MimeMessage message = mailer.message(Session.getInstance(new Properties()), mail);

    assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + UNSUBSCRIBE + ">");
    assertThat(message.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(message.getSubject()).isEqualTo("Subject é");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
  }
}
