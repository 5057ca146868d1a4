package org.commonplace.member.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/** A network or member named in the address that does not exist: 404. */
@Provider
public class CatalogueMapper implements ExceptionMapper<NetworkCatalogue.NotFound> {

  @Override
  public Response toResponse(NetworkCatalogue.NotFound exception) {
    return new WebApplicationExceptionMapper().toResponse(new NotFoundException());
  }
}
