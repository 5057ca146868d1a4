package org.commonplace.notification.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.notification.control.Backoff;
import org.commonplace.notification.control.MailOutbox;
import org.commonplace.notification.control.Mailer;
import org.commonplace.notification.control.SmtpMailer;
import org.commonplace.notification.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's mails every few seconds and prepares the digests that are due every few
 * minutes. A mail the SMTP server does not take stays in the outbox and is tried again later, the
 * wait doubling up to an hour, until the server is back.
 */
@ApplicationScoped
public class MailDrain {

  private static final Logger LOG = Logger.getLogger(MailDrain.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MailOutbox outbox;
  @Inject SmtpMailer smtp;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "commonplace.mail.drain-seconds", defaultValue = "10")
  int drainSeconds;

  @Inject
  @ConfigProperty(name = "commonplace.mail.retry-seconds", defaultValue = "30")
  int retrySeconds;

  @Inject
  @ConfigProperty(name = "commonplace.mail.retry-ceiling-seconds", defaultValue = "3600")
  int retryCeilingSeconds;

  @Inject
  @ConfigProperty(name = "commonplace.digest.check-minutes", defaultValue = "15")
  int digestMinutes;

  private final List<ScheduledFuture<?>> runs = new ArrayList<>();

  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object started) {
    runs.add(
        scheduler.scheduleWithFixedDelay(
            this::drain, drainSeconds, drainSeconds, TimeUnit.SECONDS));
    runs.add(
        scheduler.scheduleWithFixedDelay(
            this::digests, digestMinutes, digestMinutes, TimeUnit.MINUTES));
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    runs.forEach(r -> r.cancel(false));
  }

  /**
   * @return how many mails the SMTP server took, -1 when the outbox could not be read
   */
  public int drain() {
    Backoff backoff =
        new Backoff(Duration.ofSeconds(retrySeconds), Duration.ofSeconds(retryCeilingSeconds));
    int sent = 0;
    try {
      for (MailMessage due : outbox.due(BATCH)) {
        var claimed = outbox.claim(due.id());
        if (claimed.isEmpty()) {
          continue;
        }
        try {
          smtp.send(claimed.get().value());
          outbox.sent(claimed.get());
          sent++;
        } catch (MessagingException e) {
          LOG.log(
              Level.WARNING,
              "The SMTP server did not take a mail; it stays in the outbox: {0}",
              e.getMessage());
          outbox.failed(claimed.get(), backoff, String.valueOf(e.getMessage()));
        }
      }
      return sent;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail outbox could not be read: {0}", e.getMessage());
      return -1;
    }
  }

  void digests() {
    try {
      mailer.runDigests(false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The digests could not be prepared: {0}", e.getMessage());
    }
  }
}
