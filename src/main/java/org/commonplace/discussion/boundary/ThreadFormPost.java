package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.commonplace.platform.web.Messages;

/**
 * A plain form posted to a discussion page, handled by the page's view action before it renders:
 * the pages are request-scoped views that work without JavaScript, so a post carries all it needs,
 * and the answer is a redirect with a message or the same page with the typed text and what to fix.
 */
@RequestScoped
class ThreadFormPost {

  static final String ACTION = "act";

  @Inject FacesContext faces;

  boolean isPost() {
    return !faces.getResponseComplete()
        && "POST".equals(((HttpServletRequest) external().getRequest()).getMethod());
  }

  boolean asks(String action) {
    return isPost() && action.equals(param(ACTION));
  }

  /** A request field (query or form), or "" when it is absent. */
  String param(String name) {
    String value = external().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }

  String[] params(String name) {
    String[] values = external().getRequestParameterValuesMap().get(name);
    return values == null ? new String[0] : values;
  }

  void error(String key, Object... arguments) {
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  String text(String key, Object... arguments) {
    return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
  }

  /** Sends the browser on to a page of the portal (path and query, perhaps a fragment). */
  void redirect(String pathAndQuery) {
    try {
      external().redirect(external().getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** As {@link #redirect(String)}, telling the next page what was done ({@link DoneNotice}). */
  void done(String pathAndQuery, String word) {
    redirect(DoneNotice.appendTo(pathAndQuery, word));
  }

  /**
   * As {@link #redirect(String)} to a page of another feature, which shows the message from the
   * Faces flash as its own forms do.
   */
  void flashed(String pathAndQuery, String key) {
    String text = text(key);
    external().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    redirect(pathAndQuery);
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
