package org.commonplace.lesson.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.lesson.control.LessonChangedMeanwhileException;
import org.commonplace.platform.web.StaleVersionProblem;

/** A change based on an older version: 412 with the version and the lesson there now. */
@Provider
public class LessonChangedMeanwhileMapper
    implements ExceptionMapper<LessonChangedMeanwhileException> {

  @Override
  public Response toResponse(LessonChangedMeanwhileException e) {
    return StaleVersionProblem.response(e.current().version(), e.current().value());
  }
}
