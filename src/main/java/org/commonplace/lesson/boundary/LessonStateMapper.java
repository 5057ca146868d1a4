package org.commonplace.lesson.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.lesson.entity.LessonStateException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** Not possible in the lesson's state (apply a retired lesson): 409 with a text naming it. */
@Provider
public class LessonStateMapper implements ExceptionMapper<LessonStateException> {

  @Override
  public Response toResponse(LessonStateException e) {
    String state = Messages.text(Locale.ENGLISH, "lesson.state." + e.state().name());
    return Problem.of(
            Response.Status.CONFLICT, Messages.text(Locale.ENGLISH, e.messageKey(), state))
        .toResponse();
  }
}
