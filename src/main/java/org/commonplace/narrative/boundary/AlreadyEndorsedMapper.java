package org.commonplace.narrative.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.narrative.control.AlreadyEndorsedException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** A second endorsement of one version by one organisation: 409 naming both. */
@Provider
public class AlreadyEndorsedMapper implements ExceptionMapper<AlreadyEndorsedException> {

  @Override
  public Response toResponse(AlreadyEndorsedException exception) {
    return Problem.of(
            Response.Status.CONFLICT,
            Messages.text(
                Locale.ENGLISH,
                "narrative.endorse.twice",
                exception.organisationName(),
                exception.version()))
        .toResponse();
  }
}
