package org.commonplace.narrative.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.narrative.control.EndorsementRefusedException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** Endorsing for an organisation not one's own, or without the leader role: 403 saying which. */
@Provider
public class EndorsementRefusedMapper implements ExceptionMapper<EndorsementRefusedException> {

  @Override
  public Response toResponse(EndorsementRefusedException exception) {
    return Problem.of(
            Response.Status.FORBIDDEN, Messages.text(Locale.ENGLISH, exception.messageKey()))
        .toResponse();
  }
}
