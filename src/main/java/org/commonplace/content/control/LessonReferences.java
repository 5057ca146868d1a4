package org.commonplace.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryStatus;

/**
 * What a lesson file names, checked against what the portal holds: its network; the member who
 * proposed it as a member of that network, those who validated and retired it as its facilitators;
 * the stories and cycles it is based on, readable by the proposer; the aims of the network's
 * narrative; the lessons it was adapted from and is replaced by; the members and organisations that
 * applied it, able to read it. Kept apart from the store so that every rule has a unit test.
 */
final class LessonReferences {

  /** What the portal holds, as far as a lesson file may name it. */
  interface Portal {
    Optional<Network> network(String networkId);

    Optional<Member> member(String memberId);

    boolean organisationExists(String organisationId);

    Optional<CaseStory> story(String storyId);

    /** The aim ids of the network's current narrative; none without a narrative. */
    List<String> aims(String networkId);

    Optional<LessonImport.Known> lesson(String lessonId);

    /** The network of a stored discussion thread. */
    Optional<String> threadNetwork(String threadId);
  }

  private final String fileName;
  private final LessonFile file;
  private final Portal portal;
  private final List<String> problems = new ArrayList<>();

  private LessonReferences(String fileName, LessonFile file, Portal portal) {
    this.fileName = fileName;
    this.file = file;
    this.portal = portal;
  }

  /**
   * @throws MalformedContentException naming every problem at the line of its key
   */
  static void check(String fileName, LessonFile file, Portal portal) {
    Network network =
        portal
            .network(file.networkId())
            .orElseThrow(
                () ->
                    MalformedContentException.at(
                        fileName,
                        file.line("network"),
                        "content.lesson.noNetwork",
                        file.networkId()));
    LessonReferences references = new LessonReferences(fileName, file, portal);
    references.all(network);
    if (!references.problems.isEmpty()) {
      throw new MalformedContentException(references.problems);
    }
  }

  private void all(Network network) {
    Optional<Member> proposer = member(file.proposedBy(), "proposed-by", network, false);
    if (file.validatedBy() != null) {
      member(file.validatedBy(), "validated-by", network, true);
    }
    if (file.retiredBy() != null) {
      member(file.retiredBy(), "retired-by", network, true);
    }
    basis(proposer);
    aims();
    lessons();
    applications(network);
  }

  private Optional<Member> member(String id, String key, Network network, boolean facilitator) {
    Optional<Member> member = portal.member(id);
    Optional<NetworkRole> role = member.flatMap(m -> m.roleIn(network.id()));
    if (member.isEmpty()) {
      add(key, "content.lesson.noMember", id, key);
    } else if (role.isEmpty()) {
      add(key, "content.lesson.notInNetwork", id, key, network.id());
    } else if (facilitator && role.get() != NetworkRole.FACILITATOR) {
      add(key, "content.lesson.notFacilitator", id, key, network.id());
    }
    return member;
  }

  private void basis(Optional<Member> proposer) {
    for (LessonFile.Link link : file.basis()) {
      if (link.isThread()) {
        thread(link.threadId());
        continue;
      }
      Optional<CaseStory> found = portal.story(link.storyId());
      if (found.isEmpty()) {
        add("basis", "content.lesson.noStory", link.storyId());
        continue;
      }
      CaseStory story = found.get();
      if (proposer.isPresent() && !readable(story, proposer.get())) {
        add("basis", "content.lesson.storyUnreadable", link.storyId());
      }
      if (link.cycle() != null && link.cycle() > story.getCycles().size()) {
        add(
            "basis",
            "content.lesson.noCycle",
            link.storyId(),
            link.cycle(),
            story.getCycles().size());
      }
    }
  }

  /** A lesson drawn from a discussion names a thread of its own network. */
  private void thread(String threadId) {
    Optional<String> in = portal.threadNetwork(threadId);
    if (in.isEmpty()) {
      add("basis", "content.thread.lessonNoThread", threadId);
    } else if (!in.get().equals(file.networkId())) {
      add("basis", "content.thread.lessonThreadElsewhere", threadId, in.get(), file.networkId());
    }
  }

  /** A draft only by its authors; otherwise by the members of its network, or anyone if open. */
  private boolean readable(CaseStory story, Member reader) {
    boolean author =
        story.getAuthorId().equals(reader.id()) || story.getCoAuthors().contains(reader.id());
    if (story.getStatus() == StoryStatus.DRAFT && !author) {
      return false;
    }
    return reader.roleIn(story.getNetworkId()).isPresent()
        || portal.network(story.getNetworkId()).filter(n -> !n.isMembersOnly()).isPresent();
  }

  private void aims() {
    if (file.aimIds().isEmpty()) {
      return;
    }
    List<String> aims = portal.aims(file.networkId());
    for (String aim : file.aimIds()) {
      if (!aims.contains(aim)) {
        add("aims", "content.lesson.noAim", aim, aims.isEmpty() ? "none" : String.join(", ", aims));
      }
    }
  }

  private void lessons() {
    if (file.adaptedFrom() != null && portal.lesson(file.adaptedFrom()).isEmpty()) {
      add("adapted-from", "content.lesson.noLesson", file.adaptedFrom(), "adapted-from");
    }
    if (file.replacedBy() == null || file.replacedBy().equals(file.id())) {
      return;
    }
    Optional<LessonImport.Known> replacement = portal.lesson(file.replacedBy());
    if (replacement.isEmpty()) {
      add("replaced-by", "content.lesson.noLesson", file.replacedBy(), "replaced-by");
    } else if (!replacement.get().networkId().equals(file.networkId())) {
      add("replaced-by", "content.lesson.replacementElsewhere", file.replacedBy());
    } else if (replacement.get().state() == LessonState.RETIRED) {
      add("replaced-by", "content.lesson.replacementRetired", file.replacedBy());
    }
  }

  private void applications(Network network) {
    for (int i = 0; i < file.applications().size(); i++) {
      LessonFile.Applied applied = file.applications().get(i);
      String at = "applications[" + i + "]";
      Optional<Member> member = portal.member(applied.member());
      if (member.isEmpty()) {
        add(at, "content.lesson.noMember", applied.member(), "member");
      } else if (network.isMembersOnly() && member.get().roleIn(network.id()).isEmpty()) {
        add(at, "content.lesson.cannotRead", applied.member(), network.id());
      }
      if (!portal.organisationExists(applied.organisation())) {
        add(at, "content.lesson.noOrganisation", applied.organisation());
      }
    }
  }

  private void add(String key, String messageKey, Object... arguments) {
    problems.add(
        MalformedContentException.located(
            fileName, file.line(key), MalformedContentException.text(messageKey, arguments)));
  }
}
