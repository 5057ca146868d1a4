package org.commonplace.narrative.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.narrative.control.NarrativeNotFoundException;

/** A narrative or version the caller cannot see answers like any missing address. */
@Provider
public class NarrativeNotFoundMapper implements ExceptionMapper<NarrativeNotFoundException> {

  @Override
  public Response toResponse(NarrativeNotFoundException exception) {
    return new org.commonplace.platform.web.WebApplicationExceptionMapper()
        .toResponse(new jakarta.ws.rs.NotFoundException());
  }
}
