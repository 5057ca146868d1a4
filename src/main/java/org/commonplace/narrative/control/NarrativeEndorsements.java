package org.commonplace.narrative.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Organisation;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.EndorsementRules;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;

/**
 * Partner organisations endorsing versions of their network's narrative: a leader of the
 * organisation, who is a member of the network, records it once per version.
 */
@ApplicationScoped
public class NarrativeEndorsements {

  /** More endorsements than a network will gather: partners times versions. */
  static final int MAX_LISTED = 2_000;

  @Inject NarrativeService narratives;
  @Inject AccessPolicy policy;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject Revisions revisions;
  @Inject RecordStores stores;
  @Inject RecordIndex index;
  @Inject Clock clock;

  private RecordStore<Endorsement> store() {
    return stores.of(Endorsement.KIND);
  }

  /**
   * Records that the organisation endorses a version.
   *
   * @param organisationId null for the member's own organisation
   * @param version null for the current version
   * @throws EndorsementRefusedException when the organisation is not theirs or they lead none
   * @throws AlreadyEndorsedException when the organisation endorses that version already
   */
  public Endorsement endorse(Viewer viewer, String networkId, String organisationId, Long version) {
    Versioned<Narrative> current =
        narratives.read(viewer, networkId).orElseThrow(NarrativeNotFoundException::new);
    policy.require(viewer, Action.ENDORSE_NARRATIVE, narratives.scopeOf(networkId));
    Member member =
        viewer
            .memberId()
            .flatMap(members::member)
            .orElseThrow(() -> new AccessDeniedException(Action.ENDORSE_NARRATIVE, true));
    String organisation = organisationId == null ? member.organisationId() : organisationId;
    EndorsementRules.refusal(member, organisation)
        .ifPresent(
            key -> {
              throw new EndorsementRefusedException(key);
            });
    long endorsed = version == null ? current.version() : version;
    if (endorsed != current.version()
        && revisions.version(Narrative.KIND, networkId, endorsed).isEmpty()) {
      throw new NarrativeNotFoundException();
    }
    String name =
        organisations.organisation(organisation).map(Organisation::name).orElse(organisation);
    String id = Endorsement.idOf(networkId, organisation, endorsed);
    Endorsement endorsement =
        new Endorsement(
            id,
            networkId,
            organisation,
            name,
            endorsed,
            member.id(),
            member.name(),
            clock.instant());
    return store()
        .create(id, endorsement)
        .map(Versioned::value)
        .orElseThrow(() -> new AlreadyEndorsedException(name, endorsed));
  }

  /** Every endorsement of every version of the network's narrative, newest version first. */
  public List<Endorsement> of(Viewer viewer, String networkId) {
    narratives.requireReadable(viewer, networkId);
    // an endorsement recorded a moment ago is listed on the page that follows it
    index.refresh();
    return store()
        .search(
            RecordQuery.of(
                Query.of(q -> q.term(t -> t.field("networkId").value(networkId))),
                List.of(
                    SortOptions.of(s -> s.field(f -> f.field("version").order(SortOrder.Desc)))),
                0,
                MAX_LISTED))
        .items();
  }
}
