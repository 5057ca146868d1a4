package org.commonplace.discussion.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Locale;
import org.commonplace.discussion.control.PostingLimitException;
import org.commonplace.discussion.control.PostingLimiter;
import org.commonplace.discussion.entity.PostingLimits;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/**
 * A new member posted as much as the window allows: 429 with {@code Retry-After} in seconds, the
 * time until the oldest counted post leaves the window, and a text saying the limit.
 */
@Provider
public class PostingLimitMapper implements ExceptionMapper<PostingLimitException> {

  private static final int TOO_MANY_REQUESTS = 429;

  @Inject PostingLimiter limiter;

  @Override
  public Response toResponse(PostingLimitException e) {
    PostingLimits limits = limiter.limits();
    long seconds = e.retryAfter().toSeconds();
    String detail =
        e.messageKey().endsWith("replies")
            ? Messages.text(Locale.ENGLISH, e.messageKey(), limits.repliesPerMinute(), seconds)
            : Messages.text(
                Locale.ENGLISH, e.messageKey(), limits.threadsPerDay(), wait(e.retryAfter()));
    Problem problem =
        new Problem(
            "about:blank", "Too Many Requests", TOO_MANY_REQUESTS, detail, java.util.List.of());
    return Response.status(TOO_MANY_REQUESTS)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .entity(problem)
        .build();
  }

  /** "3 h 20 min", "45 min" or "30 s": what a person reads, rounded up to the unit shown. */
  static String wait(Duration d) {
    long minutes = (d.toSeconds() + 59) / 60;
    if (d.toSeconds() < 60) {
      return d.toSeconds() + " s";
    }
    return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
  }
}
