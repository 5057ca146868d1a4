package org.commonplace.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.commonplace.platform.record.RecordStoreUnavailableException;

/**
 * A page that needed the store while it was down gets the "unavailable" page (503), not the error
 * page: Faces wraps the failure in layers of its own exceptions, which this unwraps.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StoreUnavailableFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StoreUnavailableFilter.class.getName());

  @Inject UnavailableAnswer unavailable;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!causedByUnavailableStore(e)) {
        throw e;
      }
      LOG.warning(() -> "Answered 503 for " + request.getRequestURI() + ": " + e.getMessage());
      unavailable.answer(request, response);
    }
  }

  static boolean causedByUnavailableStore(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RecordStoreUnavailableException) {
        return true;
      }
      if (cause instanceof ServletException servlet && servlet.getRootCause() != cause.getCause()) {
        return causedByUnavailableStore(servlet.getRootCause());
      }
    }
    return false;
  }
}
