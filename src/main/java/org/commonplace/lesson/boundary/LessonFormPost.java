package org.commonplace.lesson.boundary;

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
 * A plain form posted to a lesson page, handled by the page's view action before it renders: the
 * lesson pages are request-scoped views that work without JavaScript, so the post carries all it
 * needs and the answer is a redirect with a message, or the same page with errors and the typed
 * text.
 */
@RequestScoped
class LessonFormPost {

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

  /** Done: sends the browser to a lesson page that shows this message. */
  void done(String page, String lessonId, String key) {
    String text = text(key);
    external().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    try {
      external()
          .redirect(
              external().getRequestContextPath()
                  + page
                  + "?id="
                  + URLEncoder.encode(lessonId, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
