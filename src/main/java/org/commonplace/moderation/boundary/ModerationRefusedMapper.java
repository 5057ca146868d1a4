package org.commonplace.moderation.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.moderation.control.ModerationRefusedException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/**
 * A step the state of things refuses, with the bundle's words: 409 for a conflict (flagged twice,
 * nothing to restore), 422 for one's own post, 403 for a move or merge beyond the network.
 */
@Provider
public class ModerationRefusedMapper implements ExceptionMapper<ModerationRefusedException> {

  @Override
  public Response toResponse(ModerationRefusedException e) {
    String detail = Messages.text(Locale.ENGLISH, e.messageKey(), e.arguments());
    return switch (e.kind()) {
      case CONFLICT -> Problem.of(Response.Status.CONFLICT, detail).toResponse();
      case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
      case UNPROCESSABLE ->
          new Problem("about:blank", "Unprocessable Content", 422, detail, java.util.List.of())
              .toResponse();
    };
  }
}
