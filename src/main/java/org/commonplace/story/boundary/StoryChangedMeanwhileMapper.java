package org.commonplace.story.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.platform.web.StaleVersionProblem;
import org.commonplace.story.control.StoryChangedMeanwhileException;

/** A PUT based on an old version: 412 with the version and text that are there now. */
@Provider
public class StoryChangedMeanwhileMapper
    implements ExceptionMapper<StoryChangedMeanwhileException> {

  @Override
  public Response toResponse(StoryChangedMeanwhileException exception) {
    return StaleVersionProblem.response(exception.current().version(), exception.current().value());
  }
}
