package org.commonplace.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** 428 Precondition Required as problem+json, saying what to send. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

  static final int PRECONDITION_REQUIRED = 428;

  @Override
  public Response toResponse(PreconditionRequiredException exception) {
    return Response.status(PRECONDITION_REQUIRED)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                "Precondition Required",
                PRECONDITION_REQUIRED,
                Messages.text(Locale.ENGLISH, "api.ifMatch.required"),
                java.util.List.of()))
        .build();
  }
}
