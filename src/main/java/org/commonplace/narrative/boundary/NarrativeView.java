package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.Organisation;
import org.commonplace.narrative.control.AlreadyEndorsedException;
import org.commonplace.narrative.control.EndorsementRefusedException;
import org.commonplace.narrative.control.NarrativeEditorList;
import org.commonplace.narrative.control.NarrativeEndorsements;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.control.NarrativeWork;
import org.commonplace.narrative.entity.AimWork;
import org.commonplace.narrative.entity.EndorsementRules;
import org.commonplace.narrative.entity.EndorsementSummary;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * Backs a network's narrative page: the current version rendered, its aims with the stories and
 * lessons behind them, the organisations endorsing it and those that endorsed only an earlier one,
 * and, for whom the policy allows, endorsing it and naming who may edit.
 */
@Named
@RequestScoped
public class NarrativeView {

  private static final Logger LOG = Logger.getLogger(NarrativeView.class.getName());
  private static final String PAGE = "/narrative/view.xhtml";

  @Inject NarrativeService narratives;
  @Inject NarrativeEndorsements endorsements;
  @Inject NarrativeEditorList editorList;
  @Inject NarrativeWork work;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject AccessPolicy policy;
  @Inject MarkdownRenderer markdown;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NarrativeFormPost post;

  private String network;
  private Network shown;
  private Versioned<Narrative> narrative;
  private EndorsementSummary summary;
  private String editorsText = "";

  /** View action: visitors sign in first; a network the member may not read answers 404. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      narrative = narratives.read(viewer.viewer(), network).orElse(null);
      shown = networks.network(network).orElseThrow(NarrativeNotFoundException::new);
      editorsText = String.join("\n", editorList.of(viewer.viewer(), network));
      handle();
      if (narrative != null) {
        summary = EndorsementSummary.of(endorsements.of(viewer.viewer(), network), version());
      }
    } catch (NarrativeNotFoundException e) {
      shown = null;
      page.notFound();
    }
  }

  private void handle() {
    try {
      if (post.asks("endorse") && narrative != null) {
        endorsements.endorse(viewer.viewer(), network, null, narrative.version());
        post.done(PAGE, network, "narrative.view.endorsed");
      } else if (post.asks("editors")) {
        editorsText = post.param("memberIds");
        editorList.name(viewer.viewer(), network, Arrays.asList(editorsText.split("\\R")));
        post.done(PAGE, network, "narrative.editors.saved");
      }
    } catch (AlreadyEndorsedException e) {
      post.error("narrative.endorse.twice", e.organisationName(), e.version());
    } catch (EndorsementRefusedException e) {
      post.error(e.messageKey());
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> post.error(v.messageKey(), v.arguments().toArray()));
    } catch (AccessDeniedException e) {
      post.error("narrative.edit.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A narrative action failed", e);
      post.error("narrative.edit.unavailable");
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

  public Narrative getNarrative() {
    return narrative == null ? null : narrative.value();
  }

  public long version() {
    return narrative == null ? 0 : narrative.version();
  }

  public long getVersion() {
    return version();
  }

  public String getHtml() {
    return narrative == null ? "" : markdown.toSafeHtml(narrative.value().text());
  }

  public List<AimWork> getAims() {
    return narrative == null ? List.of() : work.of(narrative.value());
  }

  public EndorsementSummary getEndorsements() {
    return summary;
  }

  public boolean isMayEdit() {
    return shown != null && narratives.mayEdit(viewer.viewer(), network);
  }

  public boolean isMayNameEditors() {
    return shown != null
        && policy.allows(
            viewer.viewer(), Action.MANAGE_NARRATIVE_EDITORS, narratives.scopeOf(network));
  }

  public String getEditorsText() {
    return editorsText;
  }

  /**
   * The organisation the viewer may endorse the current version for: theirs, when they lead it, are
   * a member of the network, and it does not endorse this version yet; empty otherwise.
   */
  public String getEndorsableOrganisation() {
    if (narrative == null
        || summary == null
        || !policy.allows(viewer.viewer(), Action.ENDORSE_NARRATIVE, narratives.scopeOf(network))) {
      return "";
    }
    Member member = viewer.viewer().memberId().flatMap(members::member).orElse(null);
    if (member == null
        || EndorsementRules.refusal(member, member.organisationId()).isPresent()
        || summary.current().stream()
            .anyMatch(e -> e.organisationId().equals(member.organisationId()))) {
      return "";
    }
    return organisations
        .organisation(member.organisationId())
        .map(Organisation::name)
        .orElse(member.organisationId());
  }
}
