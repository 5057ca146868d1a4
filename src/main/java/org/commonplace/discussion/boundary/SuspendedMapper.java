package org.commonplace.discussion.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonplace.discussion.control.SuspendedException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** A suspended member tries to post: 403 naming when the suspension ends. */
@Provider
public class SuspendedMapper implements ExceptionMapper<SuspendedException> {

  static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Override
  public Response toResponse(SuspendedException e) {
    String detail =
        e.until() == null
            ? Messages.text(Locale.ENGLISH, "thread.error.suspended.indefinitely")
            : Messages.text(Locale.ENGLISH, "thread.error.suspended", UNTIL.format(e.until()));
    return Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
  }
}
