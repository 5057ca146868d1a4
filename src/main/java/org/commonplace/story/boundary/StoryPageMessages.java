package org.commonplace.story.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.privacy.FlaggedText;
import org.commonplace.platform.privacy.IdentifierFinding;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;

/**
 * Puts what went wrong with a save on the story page: beside the field it concerns when the page
 * has that field, at the top of the form otherwise.
 */
final class StoryPageMessages {

  private final FacesContext faces;
  private final String form;

  StoryPageMessages(FacesContext faces, String form) {
    this.faces = faces;
    this.form = form;
  }

  void show(Violation violation) {
    String text = Messages.text(locale(), violation.messageKey(), violation.arguments());
    faces.addMessage(clientIdOf(violation.field()), message(text));
  }

  /**
   * The identifier guard's question: once at the top with every finding, and again beside each
   * flagged field with what was found there.
   */
  void show(List<FlaggedText> flagged) {
    List<IdentifierFinding> all = flagged.stream().flatMap(f -> f.findings().stream()).toList();
    faces.addMessage(null, message(IdentifierPrompt.text(locale(), all)));
    for (FlaggedText text : flagged) {
      String clientId = clientIdOf(text.field());
      if (clientId != null) {
        faces.addMessage(clientId, message(IdentifierPrompt.text(locale(), text.findings())));
      }
    }
  }

  void error(String key) {
    faces.addMessage(null, message(Messages.text(locale(), key)));
  }

  private String clientIdOf(String field) {
    return StoryFields.componentOf(field)
        .filter(id -> faces.getViewRoot().findComponent(form + ":" + id) != null)
        .map(id -> form + ":" + id)
        .orElse(null);
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  private static FacesMessage message(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
