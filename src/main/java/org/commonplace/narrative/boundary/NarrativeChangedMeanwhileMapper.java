package org.commonplace.narrative.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;

/** A save based on an old version: 412 with the version and the narrative there now. */
@Provider
public class NarrativeChangedMeanwhileMapper
    implements ExceptionMapper<NarrativeChangedMeanwhileException> {

  @Override
  public Response toResponse(NarrativeChangedMeanwhileException exception) {
    return exception
        .current()
        .map(c -> org.commonplace.platform.web.StaleVersionProblem.response(c.version(), c.value()))
        .orElseGet(() -> org.commonplace.platform.web.StaleVersionProblem.response(0, null));
  }
}
