package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.commonplace.platform.web.Messages;

/**
 * A small plain form posted to a story page (confirm the evidence, withdraw, redact, restore):
 * handled by the page's view action before it renders. Plain forms rather than Faces forms, because
 * the story pages are read-only views whose beans live for one request: the post carries all it
 * needs (the story in the address, the choice in its fields), and the answer is either a redirect
 * with a message (post, redirect, get) or the same page again with an error and the typed text.
 */
@RequestScoped
class FormPost {

  /** The field naming what the form asks for, since one page may carry several forms. */
  static final String ACTION = "act";

  @Inject FacesContext faces;

  /** Whether this request posts the form asking for this action, and the page may still answer. */
  boolean asks(String action) {
    return !faces.getResponseComplete()
        && "POST".equals(((HttpServletRequest) external().getRequest()).getMethod())
        && action.equals(param(ACTION));
  }

  /** A posted field, or "" when it is absent. */
  String param(String name) {
    String value = external().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }

  /** Shows an error at the top of the page that answers the post. */
  void error(String key, Object... arguments) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The text of a message in the reader's language, for an error shown beside its field. */
  String text(String key, Object... arguments) {
    return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
  }

  /** Done: sends the browser to a story page (by its path) that shows this message. */
  void done(String page, String storyId, String key, Object... arguments) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    external().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    try {
      external()
          .redirect(
              external().getRequestContextPath()
                  + page
                  + "?id="
                  + URLEncoder.encode(storyId, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
