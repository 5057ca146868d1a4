package org.commonplace.narrative.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.narrative.control.SameVersionException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** A version compared with itself: 422, saying to choose two. */
@Provider
public class SameVersionMapper implements ExceptionMapper<SameVersionException> {

  @Override
  public Response toResponse(SameVersionException exception) {
    return new Problem(
            "about:blank",
            "Unprocessable Content",
            422,
            Messages.text(Locale.ENGLISH, "narrative.compare.same", exception.version()),
            java.util.List.of())
        .toResponse();
  }
}
