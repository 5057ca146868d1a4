package org.commonplace.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.StakeholderRole;

/**
 * What a narrative's version files name, checked against what the portal holds: the network (the
 * folder's name), the members who saved each version as members of it, and each endorsement
 * recorded by a member of the network with the leader role who works for the endorsing
 * organisation. Kept apart from the store so that every rule has a unit test.
 */
final class NarrativeReferences {

  /** What the portal holds, as far as a narrative file may name it. */
  interface Portal {
    boolean networkExists(String networkId);

    Optional<Member> member(String memberId);

    boolean organisationExists(String organisationId);
  }

  private NarrativeReferences() {}

  /**
   * @throws MalformedContentException naming every problem at its file and line
   */
  static void check(String networkId, List<NarrativeFile> files, Portal portal) {
    if (!portal.networkExists(networkId)) {
      throw MalformedContentException.at(
          "narratives/" + networkId + "/", 0, "content.narrative.noNetwork", networkId);
    }
    List<String> problems = new ArrayList<>();
    for (NarrativeFile file : files) {
      Optional<Member> saver = portal.member(file.savedBy());
      if (saver.isEmpty()) {
        problems.add(
            NarrativeFileReader.located(
                file, "saved-by", "content.narrative.noMember", file.savedBy(), "saved-by"));
      } else if (saver.get().roleIn(networkId).isEmpty()) {
        problems.add(
            NarrativeFileReader.located(
                file,
                "saved-by",
                "content.narrative.notInNetwork",
                file.savedBy(),
                "saved-by",
                networkId));
      }
      for (NarrativeFile.Endorsed e : file.endorsements()) {
        endorsement(networkId, file, e, portal).ifPresent(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new MalformedContentException(problems);
    }
  }

  private static Optional<String> endorsement(
      String networkId, NarrativeFile file, NarrativeFile.Endorsed e, Portal portal) {
    Optional<Member> leader = portal.member(e.member());
    if (!portal.organisationExists(e.organisation())) {
      return Optional.of(
          NarrativeFileReader.located(
              file, "endorsements", "content.narrative.noOrganisation", e.organisation()));
    }
    if (leader.isEmpty()) {
      return Optional.of(
          NarrativeFileReader.located(
              file, "endorsements", "content.narrative.noMember", e.member(), "member"));
    }
    if (leader.get().roleIn(networkId).isEmpty()) {
      return Optional.of(
          NarrativeFileReader.located(
              file,
              "endorsements",
              "content.narrative.notInNetwork",
              e.member(),
              "member",
              networkId));
    }
    if (!e.organisation().equals(leader.get().organisationId())
        || leader.get().stakeholderRole() != StakeholderRole.LEADER) {
      return Optional.of(
          NarrativeFileReader.located(
              file, "endorsements", "content.narrative.notLeader", e.member(), e.organisation()));
    }
    return Optional.empty();
  }
}
