package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.Messages;

/**
 * What every admin form does around its work: ask the access policy first (the page being hidden is
 * not the guard), then report success or each broken rule next to its field.
 */
@RequestScoped
class AdminActions {

  @Inject PageAccess access;
  @Inject FacesContext faces;

  /**
   * @param work returns the message key and argument of what was done
   */
  String attempt(Action action, String form, Supplier<String[]> work) {
    if (!access.check(action, Scope.SITE)) {
      return null;
    }
    try {
      String[] done = work.get();
      add(null, FacesMessage.SEVERITY_INFO, done[0], done[1]);
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v ->
                  add(
                      form + ":" + v.field(),
                      FacesMessage.SEVERITY_ERROR,
                      v.messageKey(),
                      v.arguments().toArray()));
    } catch (NetworkCatalogue.NotFound | ConcurrentChangeException e) {
      add(null, FacesMessage.SEVERITY_ERROR, "admin.failed");
    }
    return null;
  }

  private void add(String field, FacesMessage.Severity severity, String key, Object... arguments) {
    Locale locale = faces.getViewRoot().getLocale();
    String text = Messages.text(locale, key, arguments);
    faces.addMessage(field, new FacesMessage(severity, text, text));
  }
}
