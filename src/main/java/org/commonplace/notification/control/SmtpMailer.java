package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.commonplace.notification.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands mails to the configured SMTP server through Jakarta Mail (Payara Micro ships its
 * implementation, Eclipse Angus Mail). Each mail is plain text with an HTML alternative and carries
 * the one-click unsubscribe headers of RFC 8058, so mail clients offer "unsubscribe" themselves.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject
  @ConfigProperty(name = "commonplace.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "commonplace.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "commonplace.mail.from",
      defaultValue = "Commonplace <no-reply@commonplace.example>")
  String from;

  @Inject
  @ConfigProperty(name = "commonplace.mail.timeout-ms", defaultValue = "10000")
  int timeoutMs;

  private volatile Session session;

  public void send(MailMessage mail) throws MessagingException {
    Transport.send(message(session(), mail));
  }

  /** The mail as it goes out; separate from sending so that tests read it. */
  public MimeMessage message(Session to, MailMessage mail) throws MessagingException {
    MimeMessage message = new MimeMessage(to);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.unsubscribeUrl() != null) {
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    message.saveChanges();
    return message;
  }

  private Session session() {
    if (session == null) {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", host);
      properties.put("mail.smtp.port", String.valueOf(port));
      properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
      properties.put("mail.smtp.timeout", String.valueOf(timeoutMs));
      properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
      session = Session.getInstance(properties);
    }
    return session;
  }
}
