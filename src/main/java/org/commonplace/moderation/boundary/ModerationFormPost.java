package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;

/**
 * A plain form posted to a moderation page and handled by its view action before it renders: the
 * pages work without JavaScript, so a post carries all it needs, and the answer is a redirect with
 * a message, or the same page with the errors beside their fields and what was typed.
 */
@RequestScoped
class ModerationFormPost {

  static final String ACTION = "act";

  @Inject FacesContext faces;

  private final Map<String, String> fieldErrors = new HashMap<>();

  boolean isPost() {
    return !faces.getResponseComplete()
        && "POST".equals(((HttpServletRequest) external().getRequest()).getMethod());
  }

  /** The answer is sent (a redirect or an error page): nothing more to read or render. */
  boolean isDone() {
    return faces.getResponseComplete();
  }

  /** A form was posted in this request (handled or not): its fields may be shown again. */
  boolean isPostedForm() {
    return "POST".equals(((HttpServletRequest) external().getRequest()).getMethod());
  }

  /** A request field (query or form), or "" when it is absent. */
  String param(String name) {
    String value = external().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }

  /** A field, or null when it was left empty: what the control layer takes as "not given". */
  String given(String name) {
    String value = param(name).strip();
    return value.isEmpty() ? null : value;
  }

  void error(String key, Object... arguments) {
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    error(violation.messageKey(), arguments);
    fieldErrors.put(violation.field(), text(violation.messageKey(), arguments));
  }

  Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  String text(String key, Object... arguments) {
    return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
  }

  /**
   * Done: sends the browser to this address in the application, saying what was done in its query
   * ({@code moderation=word}, before any fragment) rather than in the Faces flash, whose cookie a
   * long thread page would have to clear after its response was already streaming.
   */
  void done(String path, String word) {
    int hash = path.indexOf('#');
    String address = hash < 0 ? path : path.substring(0, hash);
    String fragment = hash < 0 ? "" : path.substring(hash);
    String target =
        address
            + (address.contains("?") ? "&" : "?")
            + ModerationNotice.PARAM
            + "="
            + word
            + fragment;
    try {
      external().redirect(external().getRequestContextPath() + "/" + target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
