package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;
import org.commonplace.narrative.control.NarrativeHistory;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.narrative.entity.NarrativeDraft;
import org.commonplace.narrative.entity.NarrativeRules;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.WordDiff;
import org.commonplace.platform.revision.WordDiff.Segment;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/**
 * Backs the page that saves a new version of a network's narrative. The form carries the version it
 * was opened at; when someone saved meanwhile, nothing is stored, the typed text stays in the form,
 * and the version saved meanwhile is shown beside it with its change from the version the editor
 * started from. Saving again is then based on that version: the editor decides, on purpose.
 */
@Named
@RequestScoped
public class NarrativeEditView {

  private static final Logger LOG = Logger.getLogger(NarrativeEditView.class.getName());
  private static final int SPARE_ROWS = 2;

  @Inject NarrativeService narratives;
  @Inject NarrativeHistory history;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NarrativeFormPost post;

  private String network;
  private Network shown;
  private NarrativeDraft draft = new NarrativeDraft();
  private List<AimRow> rows = List.of();
  private Long basedOn;
  private Versioned<Narrative> meanwhile;
  private List<Segment> meanwhileChange = List.of();
  private boolean identifiersFlagged;
  private final Map<String, String> fieldErrors = new HashMap<>();

  /** View action: sign in; 404 for a network one may not read; 403 for one may not edit. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      Versioned<Narrative> current = narratives.read(viewer.viewer(), network).orElse(null);
      shown = networks.network(network).orElseThrow(NarrativeNotFoundException::new);
      if (!narratives.mayEdit(viewer.viewer(), network)) {
        shown = null;
        page.answer(new AccessDeniedException(Action.EDIT_NARRATIVE, true));
        return;
      }
      if (post.asks("save")) {
        save();
      } else if (current != null) {
        draft = NarrativeDraft.of(current.value());
        basedOn = current.version();
      }
      rows = rowsOf(draft);
    } catch (NarrativeNotFoundException e) {
      shown = null;
      page.notFound();
    }
  }

  private void save() {
    draft = posted();
    basedOn = post.param("basedOn").isBlank() ? null : parse(post.param("basedOn"));
    try {
      narratives.save(viewer.viewer(), network, draft, basedOn);
      post.done("/narrative/view.xhtml", network, "narrative.view.saved");
    } catch (InvalidInputException e) {
      post.error("narrative.edit.invalid");
      e.violations().forEach(this::show);
    } catch (PossibleIdentifiersException e) {
      identifiersFlagged = true;
      e.flagged().forEach(f -> post.error("identifier.prompt", findings(f.findings())));
    } catch (NarrativeChangedMeanwhileException e) {
      e.current().ifPresent(this::showMeanwhile);
    } catch (AccessDeniedException e) {
      post.error("narrative.edit.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Saving a narrative failed", e);
      post.error("narrative.edit.unavailable");
    }
  }

  /** The version saved meanwhile, its change from the version this editor started from. */
  private void showMeanwhile(Versioned<Narrative> current) {
    String started =
        basedOn == null ? "" : history.version(viewer.viewer(), network, basedOn).text();
    meanwhile = current;
    meanwhileChange = WordDiff.between(started, current.value().text());
    basedOn = current.version();
  }

  private NarrativeDraft posted() {
    NarrativeDraft sent = new NarrativeDraft();
    sent.setTitle(post.param("title"));
    sent.setText(post.param("text"));
    sent.setChangeNote(post.param("changeNote"));
    sent.setIdentifiersConfirmed(!post.param("identifiersConfirmed").isEmpty());
    int count = (int) Math.min(parse(post.param("aimRows")), NarrativeRules.MAX_AIMS + SPARE_ROWS);
    List<AimRow> sentRows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sentRows.add(
          new AimRow(
              i,
              post.param("aimId" + i),
              post.param("aimTitle" + i),
              post.param("aimDescription" + i)));
    }
    sent.setAims(sentRows.stream().filter(r -> !r.isEmpty()).map(AimRow::aim).toList());
    return sent;
  }

  private static List<AimRow> rowsOf(NarrativeDraft draft) {
    List<AimRow> result = new ArrayList<>();
    for (int i = 0; i < draft.getAims().size(); i++) {
      result.add(AimRow.of(i, draft.getAims().get(i)));
    }
    for (int i = 0; i < SPARE_ROWS; i++) {
      result.add(new AimRow(result.size(), "", "", ""));
    }
    return result;
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.put(violation.field(), post.text(violation.messageKey(), arguments));
  }

  private String findings(List<org.commonplace.platform.privacy.IdentifierFinding> found) {
    return found.stream()
        .map(f -> post.text("identifier.finding", post.text(f.messageKey()), f.excerpt()))
        .distinct()
        .collect(Collectors.joining("; "));
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public String getNetworkName() {
    return shown == null ? "" : shown.name();
  }

  public NarrativeDraft getDraft() {
    return draft;
  }

  public List<AimRow> getRows() {
    return rows;
  }

  public String getBasedOn() {
    return basedOn == null ? "" : basedOn.toString();
  }

  public Narrative getMeanwhile() {
    return meanwhile == null ? null : meanwhile.value();
  }

  public long getMeanwhileVersion() {
    return meanwhile == null ? 0 : meanwhile.version();
  }

  public List<Segment> getMeanwhileChange() {
    return meanwhileChange;
  }

  public boolean isIdentifiersFlagged() {
    return identifiersFlagged;
  }

  /** The error beside each field: title, text, changeNote, aims, aims[i].title... */
  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public int getMaxText() {
    return NarrativeRules.MAX_TEXT;
  }
}
