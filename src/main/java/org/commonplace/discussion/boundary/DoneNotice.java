package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.commonplace.platform.web.Messages;

/**
 * What a discussion form just did, said on the page it leads to. Carried as {@code done=} in the
 * address rather than in the Faces flash: a thread page with many replies is already streaming when
 * the flash would set its cookie, and the flash then fails (JSF1095) and breaks the connection.
 * Only known words are shown, so an edited address cannot put text on the page.
 */
@Named
@RequestScoped
public class DoneNotice {

  static final Map<String, String> KEYS =
      Map.of(
          "started", "thread.page.started",
          "replied", "thread.page.replied",
          "accepted", "thread.page.accepted",
          "unaccepted", "thread.page.unaccepted",
          "saved", "forum.settings.saved");

  @Inject FacesContext faces;

  /** The address with {@code done=word} added to its query, before any fragment. */
  static String appendTo(String pathAndQuery, String word) {
    int hash = pathAndQuery.indexOf('#');
    String address = hash < 0 ? pathAndQuery : pathAndQuery.substring(0, hash);
    String fragment = hash < 0 ? "" : pathAndQuery.substring(hash);
    return address + (address.contains("?") ? "&" : "?") + "done=" + word + fragment;
  }

  /** The message key for a word of the address; none for a missing or unknown one. */
  static Optional<String> keyFor(String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(KEYS.get(word));
  }

  /** The sentence for this request's {@code done=}, or null when there is none to show. */
  public String getText() {
    return keyFor(faces.getExternalContext().getRequestParameterMap().get("done"))
        .map(key -> Messages.text(faces.getViewRoot().getLocale(), key))
        .orElse(null);
  }
}
