package org.commonplace.narrative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.narrative.entity.NarrativeEditors;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** The members a network's facilitators allow to edit its narrative, besides themselves. */
@ApplicationScoped
public class NarrativeEditorList {

  @Inject NarrativeService narratives;
  @Inject AccessPolicy policy;
  @Inject MemberRecords members;
  @Inject RecordStores stores;
  @Inject Clock clock;

  private RecordStore<NarrativeEditors> store() {
    return stores.of(NarrativeEditors.KIND);
  }

  /** The named editors, for whoever may read the network. */
  public List<String> of(Viewer viewer, String networkId) {
    narratives.requireReadable(viewer, networkId);
    return store().get(networkId).map(NarrativeEditors::memberIds).orElse(List.of());
  }

  /**
   * Names the members who may edit, replacing the list.
   *
   * @throws InvalidInputException naming each id that is no member of the network
   */
  public List<String> name(Viewer viewer, String networkId, List<String> memberIds) {
    narratives.requireReadable(viewer, networkId);
    policy.require(viewer, Action.MANAGE_NARRATIVE_EDITORS, narratives.scopeOf(networkId));
    List<String> ids =
        new ArrayList<>(
            new LinkedHashSet<>(
                (memberIds == null ? List.<String>of() : memberIds)
                    .stream().map(String::strip).filter(id -> !id.isEmpty()).toList()));
    List<Violation> strangers =
        ids.stream()
            .filter(id -> members.member(id).flatMap(m -> m.roleIn(networkId)).isEmpty())
            .map(id -> Violation.of("memberIds", "narrative.editors.notMember", id))
            .toList();
    if (!strangers.isEmpty()) {
      throw new InvalidInputException(strangers);
    }
    String by = viewer.memberId().orElseThrow();
    NarrativeEditors editors = new NarrativeEditors(networkId, ids, by, clock.instant());
    if (store().create(networkId, editors).isEmpty()) {
      store().update(networkId, old -> editors);
    }
    return ids;
  }
}
