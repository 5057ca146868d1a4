package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.commonplace.platform.elasticsearch.DocumentJson;

/**
 * Answers a request that needed the store while it is unavailable, outside JAX-RS and Faces (in the
 * authentication mechanism and a filter): 503 with a problem for the API, the "unavailable" page
 * for everything else.
 */
@ApplicationScoped
public class UnavailableAnswer {

  /** Request attribute: the store was unavailable when this request came in. */
  public static final String STORE_UNAVAILABLE = "commonplace.storeUnavailable";

  /** A page's form being posted: it is answered with its page again, the typed text in it. */
  public boolean isFormPost(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && !isApi(request);
  }

  /** Tells the page (its template shows a message) that the store could not be reached. */
  public void mark(HttpServletRequest request) {
    request.setAttribute(STORE_UNAVAILABLE, Boolean.TRUE);
  }

  public void answer(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    try {
      response.reset();
      response.setHeader(HttpHeaders.RETRY_AFTER, StoreUnavailableMapper.RETRY_AFTER_SECONDS);
      if (isApi(request)) {
        Problem problem =
            Problem.of(
                Response.Status.SERVICE_UNAVAILABLE,
                Messages.text(Locale.ENGLISH, "api.unavailable"));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(DocumentJson.jsonb().toJson(problem));
      } else {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
