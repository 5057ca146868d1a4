package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.Messages;
import org.commonplace.search.control.GlossaryChangedMeanwhileException;
import org.commonplace.search.control.GlossaryProblemsException;
import org.commonplace.search.control.SearchGlossary;
import org.commonplace.search.entity.GlossaryText;

/**
 * The site admins' glossary page: the text searches apply, in one text area, saved over the version
 * the admin opened. A refused save keeps what was typed and says which lines to change; when
 * someone saved meanwhile, their text is shown beside the admin's, and saving again replaces it on
 * purpose.
 */
@Named
@RequestScoped
public class GlossaryEditView {

  static final String FORM = "glossary";

  @Inject PageAccess access;
  @Inject CurrentViewer viewer;
  @Inject SearchGlossary glossary;
  @Inject FacesContext faces;

  private String text;
  private long version;
  private String theirs;

  public void load() {
    if (!access.check(Action.OPERATE, Scope.SITE) || faces.isPostback()) {
      return;
    }
    Optional<Versioned<GlossaryText>> saved = glossary.saved();
    text = glossary.text();
    version = saved.map(Versioned::version).orElse(0L);
  }

  public String save() {
    if (!access.check(Action.OPERATE, Scope.SITE)) {
      return null;
    }
    Optional<Versioned<GlossaryText>> current = glossary.saved();
    long currentVersion = current.map(Versioned::version).orElse(0L);
    try {
      if (currentVersion != version) {
        throw new GlossaryChangedMeanwhileException();
      }
      Viewer who = viewer.viewer();
      Versioned<GlossaryText> saved =
          glossary.save(
              who.memberId().orElse(Viewer.OPERATOR_PRINCIPAL),
              text,
              current.isEmpty() ? null : currentVersion);
      version = saved.version();
      add(null, FacesMessage.SEVERITY_INFO, "search.glossary.saved");
    } catch (GlossaryProblemsException e) {
      add(null, FacesMessage.SEVERITY_ERROR, "search.glossary.problems", e.problems().size());
      e.problems()
          .forEach(
              p -> add(FORM + ":text", FacesMessage.SEVERITY_ERROR, p.key(), p.line(), p.text()));
    } catch (GlossaryChangedMeanwhileException e) {
      // the next save is based on what is there now: saving again replaces it on purpose
      theirs = glossary.text();
      version = glossary.saved().map(Versioned::version).orElse(0L);
      add(null, FacesMessage.SEVERITY_ERROR, "search.glossary.changedMeanwhile");
    }
    return null;
  }

  private void add(String field, FacesMessage.Severity severity, String key, Object... arguments) {
    Locale locale = faces.getViewRoot().getLocale();
    String message = Messages.text(locale, key, arguments);
    faces.addMessage(field, new FacesMessage(severity, message, message));
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  /** What another admin saved meanwhile, after a refused save; null otherwise. */
  public String getTheirs() {
    return theirs;
  }

  public int getEntryCount() {
    return org.commonplace.search.entity.Glossary.parse(text).entries().size();
  }
}
