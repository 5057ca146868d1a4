package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Organisation;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;

/**
 * Imports one network's narrative from its version files: all read and checked first (the network,
 * the members who saved each version as members of it, each endorsement recorded by a leader of the
 * endorsing organisation), then, only if the network has no narrative yet, the versions written in
 * order, each kept with {@link Revisions#keep} under the file's saved-by and saved-at, and each
 * version's endorsements created under their own ids.
 */
@ApplicationScoped
public class NarrativeImport {

  @Inject RecordStores stores;
  @Inject Revisions revisions;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;

  /**
   * @param versions each version's file text by its number, 1 to n
   * @throws MalformedContentException naming each problem's file and line; nothing is stored then
   */
  public StoryImport.Outcome importNarrative(
      String networkId, SortedMap<Integer, String> versions) {
    List<NarrativeFile> files = NarrativeFileReader.read(networkId, versions);
    check(networkId, files);
    RecordStore<Narrative> store = stores.of(Narrative.KIND);
    if (files.isEmpty() || store.exists(networkId)) {
      return StoryImport.Outcome.SKIPPED;
    }
    java.time.Instant created = NarrativeFileReader.created(files);
    Optional<Versioned<Narrative>> first =
        store.create(networkId, files.get(0).toNarrative(name(files.get(0).savedBy()), created));
    if (first.isEmpty()) {
      return StoryImport.Outcome.SKIPPED;
    }
    Versioned<Narrative> saved = first.get();
    keep(saved, files.get(0));
    for (NarrativeFile file : files.subList(1, files.size())) {
      saved = store.replace(saved, file.toNarrative(name(file.savedBy()), created));
      keep(saved, file);
    }
    return StoryImport.Outcome.IMPORTED;
  }

  private void keep(Versioned<Narrative> saved, NarrativeFile file) {
    revisions.keep(Narrative.KIND, saved, file.savedBy(), file.savedAt(), emptyToNull(file.note()));
    RecordStore<Endorsement> endorsements = stores.of(Endorsement.KIND);
    for (NarrativeFile.Endorsed e : file.endorsements()) {
      String id = Endorsement.idOf(file.networkId(), e.organisation(), saved.version());
      endorsements.create(
          id,
          new Endorsement(
              id,
              file.networkId(),
              e.organisation(),
              organisations.organisation(e.organisation()).map(Organisation::name).orElse(""),
              saved.version(),
              e.member(),
              name(e.member()),
              e.at()));
    }
  }

  private void check(String networkId, List<NarrativeFile> files) {
    NarrativeReferences.check(
        networkId,
        files,
        new NarrativeReferences.Portal() {
          @Override
          public boolean networkExists(String id) {
            return networks.network(id).isPresent();
          }

          @Override
          public Optional<Member> member(String memberId) {
            return members.member(memberId);
          }

          @Override
          public boolean organisationExists(String organisationId) {
            return organisations.organisation(organisationId).isPresent();
          }
        });
  }

  private String name(String memberId) {
    return members.member(memberId).map(Member::name).orElse(memberId);
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
