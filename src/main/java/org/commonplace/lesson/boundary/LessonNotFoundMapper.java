package org.commonplace.lesson.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.lesson.control.LessonNotFoundException;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/** A lesson the caller cannot see answers like any missing address. */
@Provider
public class LessonNotFoundMapper implements ExceptionMapper<LessonNotFoundException> {

  @Override
  public Response toResponse(LessonNotFoundException e) {
    return new WebApplicationExceptionMapper().toResponse(new NotFoundException());
  }
}
