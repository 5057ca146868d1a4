package org.commonplace.notification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.markdown.HtmlText;
import org.commonplace.platform.web.Messages;

/**
 * Writes one mail from a member's notifications: grouped by thread, the thread with the latest news
 * first and each thread's news in the order it happened, with a link to each and the one-click
 * unsubscribe link at the foot; as plain text and as HTML.
 */
public final class DigestMail {

  private static final Locale LOCALE = Locale.ENGLISH;

  private DigestMail() {}

  /** What a mail says; the addressee and the headers are the outbox's business. */
  public record Composed(String subject, String text, String html) {}

  /** The groups of a digest: thread title → its notifications, latest thread first. */
  public static Map<String, List<Notification>> grouped(List<Notification> notifications) {
    Map<String, List<Notification>> byThread = new LinkedHashMap<>();
    notifications.stream()
        .sorted(Comparator.comparing(Notification::created).thenComparing(Notification::id))
        .forEach(
            n ->
                byThread
                    .computeIfAbsent(
                        n.threadId() == null ? "" : n.threadId(), k -> new ArrayList<>())
                    .add(n));
    List<Map.Entry<String, List<Notification>>> groups = new ArrayList<>(byThread.entrySet());
    groups.sort(
        Comparator.comparing(
                (Map.Entry<String, List<Notification>> g) ->
                    g.getValue().get(g.getValue().size() - 1).created())
            .reversed());
    Map<String, List<Notification>> ordered = new LinkedHashMap<>();
    groups.forEach(g -> ordered.put(g.getKey(), g.getValue()));
    return ordered;
  }

  public static Composed compose(
      String memberName,
      DigestFrequency frequency,
      List<Notification> notifications,
      String portalUrl,
      String unsubscribeUrl) {
    String subject =
        notifications.size() == 1 && frequency == DigestFrequency.IMMEDIATE
            ? Messages.text(
                LOCALE,
                "digest.subject.one",
                NotificationTexts.sentence(LOCALE, notifications.get(0)))
            : Messages.text(LOCALE, "digest.subject." + frequency, notifications.size());
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body>");
    String greeting = Messages.text(LOCALE, "digest.greeting", memberName);
    text.append(greeting).append("\n\n");
    html.append("<p>").append(HtmlText.escape(greeting)).append("</p>");
    for (List<Notification> group : grouped(notifications).values()) {
      String title = group.get(0).title() == null ? "" : group.get(0).title();
      text.append(title).append('\n');
      html.append("<h2>").append(HtmlText.escape(title)).append("</h2><ul>");
      for (Notification n : group) {
        String sentence = NotificationTexts.sentence(LOCALE, n);
        String link = root(portalUrl) + NotificationTexts.path(n);
        text.append("- ").append(sentence).append("\n  ").append(link).append('\n');
        html.append("<li><a href=\"")
            .append(HtmlText.escape(link))
            .append("\">")
            .append(HtmlText.escape(sentence))
            .append("</a></li>");
      }
      text.append('\n');
      html.append("</ul>");
    }
    String settings = root(portalUrl) + "notifications/index.xhtml";
    String why = Messages.text(LOCALE, "digest.footer." + frequency, settings);
    String unsubscribe = Messages.text(LOCALE, "digest.unsubscribe", unsubscribeUrl);
    text.append("-- \n").append(why).append('\n').append(unsubscribe).append('\n');
    html.append("<hr><p>")
        .append(HtmlText.escape(why))
        .append("</p><p><a href=\"")
        .append(HtmlText.escape(unsubscribeUrl))
        .append("\">")
        .append(HtmlText.escape(Messages.text(LOCALE, "digest.unsubscribe.link")))
        .append("</a></p></body></html>");
    return new Composed(subject, text.toString(), html.toString());
  }

  private static String root(String portalUrl) {
    return portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
  }
}
