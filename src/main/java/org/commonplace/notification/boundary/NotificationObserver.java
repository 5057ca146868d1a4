package org.commonplace.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.notification.control.Notifier;

/**
 * Hears what the discussion and moderation features announce after they stored it, and tells the
 * members concerned on another thread: the post is answered at once whatever the number of
 * followers, and nothing here can make it fail.
 */
@ApplicationScoped
public class NotificationObserver {

  private static final Logger LOG = Logger.getLogger(NotificationObserver.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject Notifier notifier;

  void posted(@Observes PostEvent event) {
    later(() -> notifier.onPost(event), event.kind() + " in " + event.threadId());
  }

  void moderated(@Observes ModerationEvent event) {
    later(() -> notifier.onModeration(event), event.action() + " in " + event.threadId());
  }

  private void later(Runnable work, String what) {
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Nobody could be told of " + what, e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "Nobody could be told of {0}: {1}", new Object[] {what, e});
    }
  }
}
