package org.commonplace.narrative.boundary;

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
 * A plain form posted to a narrative page (save, endorse, name editors, restore), handled by the
 * page's view action before it renders: the page works without JavaScript, and its bean lives for
 * one request, so the post carries all it needs. The answer is a redirect with a message (post,
 * redirect, get) or the same page again with the error and everything typed.
 */
@RequestScoped
class NarrativeFormPost {

  /** The field naming what the form asks for, since one page may carry several forms. */
  static final String ACTION = "act";

  @Inject FacesContext faces;

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

  void error(String key, Object... arguments) {
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  String text(String key, Object... arguments) {
    return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
  }

  /** Done: sends the browser to a narrative page of the network, showing this message. */
  void done(String page, String networkId, String key, Object... arguments) {
    String text = text(key, arguments);
    external().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    try {
      external()
          .redirect(
              external().getRequestContextPath()
                  + page
                  + "?network="
                  + URLEncoder.encode(networkId, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
