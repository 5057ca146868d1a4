package org.commonplace.runchart.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.web.InvalidInputMapper;
import org.commonplace.runchart.entity.InvalidSeriesException;

/**
 * A series that cannot be analysed as a 400 problem whose detail says why in full ("A run chart
 * needs at least 2 points ..."), with each broken rule in errors too. The general invalid-input
 * answer says "nothing was saved", which means nothing to a caller who saves nothing.
 */
@Provider
public class InvalidSeriesMapper implements ExceptionMapper<InvalidSeriesException> {

  @Override
  public Response toResponse(InvalidSeriesException exception) {
    return InvalidInputMapper.response(exception.texts(Locale.ENGLISH), exception.violations());
  }
}
