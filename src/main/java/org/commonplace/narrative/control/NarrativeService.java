package org.commonplace.narrative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.AimIds;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.narrative.entity.NarrativeDraft;
import org.commonplace.narrative.entity.NarrativeEditors;
import org.commonplace.narrative.entity.NarrativeRules;
import org.commonplace.platform.privacy.IdentifierGuard;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/**
 * A network's shared narrative: read by whoever may read the network, saved as a new version by its
 * facilitators and the members they name, each save only over the version the editor started from,
 * and every version kept.
 */
@ApplicationScoped
public class NarrativeService {

  @Inject RecordStores stores;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject NetworkRecords networks;
  @Inject IdentifierGuard guard;
  @Inject Revisions revisions;
  @Inject Clock clock;

  private RecordStore<Narrative> store() {
    return stores.of(Narrative.KIND);
  }

  /** The narrative as it is now (realtime), when the viewer may read its network. */
  public Optional<Versioned<Narrative>> read(Viewer viewer, String networkId) {
    requireReadable(viewer, networkId);
    return store().find(networkId);
  }

  /**
   * @throws NarrativeNotFoundException when there is no such network or the viewer may not read it
   */
  public void requireReadable(Viewer viewer, String networkId) {
    if (networkId == null
        || networks.network(networkId).isEmpty()
        || !policy.allows(viewer, Action.READ, access.network(networkId))) {
      throw new NarrativeNotFoundException();
    }
  }

  /** What the policy decides on: the network, whether it is members-only, and the named editors. */
  public Scope scopeOf(String networkId) {
    Set<String> editors =
        stores
            .of(NarrativeEditors.KIND)
            .get(networkId)
            .map(e -> Set.copyOf(e.memberIds()))
            .orElse(Set.of());
    return Scope.narrative(networkId, access.network(networkId).membersOnly(), editors);
  }

  public boolean mayEdit(Viewer viewer, String networkId) {
    return policy.allows(viewer, Action.EDIT_NARRATIVE, scopeOf(networkId));
  }

  /**
   * Saves a new version, based on the version the editor started from.
   *
   * @param basedOn the version the editor started from; null when they started from none
   * @throws NarrativeChangedMeanwhileException when the narrative is not at {@code basedOn}
   * @throws InvalidInputException with every broken rule; nothing is stored then
   */
  public Versioned<Narrative> save(
      Viewer viewer, String networkId, NarrativeDraft draft, Long basedOn) {
    requireReadable(viewer, networkId);
    policy.require(viewer, Action.EDIT_NARRATIVE, scopeOf(networkId));
    List<Violation> broken = NarrativeRules.violationsOf(draft);
    if (!broken.isEmpty()) {
      throw new InvalidInputException(broken);
    }
    guard.require(typedTexts(draft), draft.isIdentifiersConfirmed());
    Optional<Versioned<Narrative>> current = store().find(networkId);
    if (basedOn == null ? current.isPresent() : !atVersion(current, basedOn)) {
      throw new NarrativeChangedMeanwhileException(current.orElse(null));
    }
    Instant now = clock.instant();
    Narrative next = next(viewer, networkId, draft, current.map(Versioned::value), now);
    Versioned<Narrative> saved;
    try {
      saved =
          current.isPresent()
              ? store().replace(current.get(), next)
              : store().create(networkId, next).orElseThrow(() -> changedMeanwhile(networkId));
    } catch (ConcurrentChangeException e) {
      throw changedMeanwhile(networkId);
    }
    revisions.keep(Narrative.KIND, saved, next.savedBy(), now, next.changeNote());
    return saved;
  }

  private static boolean atVersion(Optional<Versioned<Narrative>> current, long basedOn) {
    return current.filter(c -> c.version() == basedOn).isPresent();
  }

  private NarrativeChangedMeanwhileException changedMeanwhile(String networkId) {
    return new NarrativeChangedMeanwhileException(store().find(networkId).orElse(null));
  }

  private static Narrative next(
      Viewer viewer,
      String networkId,
      NarrativeDraft draft,
      Optional<Narrative> current,
      Instant now) {
    Set<String> used =
        current.stream().flatMap(n -> n.aims().stream()).map(Aim::id).collect(Collectors.toSet());
    return new Narrative(
        networkId,
        networkId,
        draft.getTitle().strip(),
        draft.getText(),
        AimIds.assign(draft.getAims(), used),
        draft.getChangeNote().strip(),
        viewer.memberId().orElseThrow(),
        viewer.name(),
        now,
        draft.getLanguage(),
        current.map(Narrative::created).orElse(now));
  }

  /** Every text the editor typed, by field, for the patient-identifier guard. */
  private static Map<String, String> typedTexts(NarrativeDraft draft) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", draft.getTitle());
    texts.put("text", draft.getText());
    for (int i = 0; i < draft.getAims().size(); i++) {
      Aim aim = draft.getAims().get(i);
      texts.put("aims[" + i + "].title", aim.title());
      texts.put("aims[" + i + "].description", aim.description());
    }
    texts.put("changeNote", draft.getChangeNote());
    return texts;
  }
}
