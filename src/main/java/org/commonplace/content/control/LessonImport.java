package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.Organisation;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryStatus;

/**
 * Imports one lesson file: read and checked against the lesson's rules, then against the portal
 * (its network, the members who proposed, validated and retired it as members and facilitators of
 * that network, the stories and cycles it is based on, the aims of the network's narrative, the
 * lessons it names, the members and organisations that applied it), then created only if no lesson
 * has its id. The record is written directly, with its transitions and counts derived from the
 * file, as the story import writes stories.
 */
@ApplicationScoped
public class LessonImport {

  /** A lesson another file names, as far as the import needs to know it. */
  public record Known(String networkId, LessonState state) {}

  @Inject RecordStores stores;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject StoryRecords stories;

  /**
   * @param batch the lessons of the same import by id, which the file may name before they exist
   * @throws MalformedContentException naming the file, the line and every problem; nothing is
   *     stored then
   */
  public StoryImport.Outcome importLesson(String fileName, String text, Map<String, Known> batch) {
    LessonFile file = LessonFile.parse(fileName, text);
    if (stores.of(Lesson.KIND).exists(file.id())) {
      return StoryImport.Outcome.SKIPPED;
    }
    Lesson lesson = checked(fileName, file, batch);
    return stores.of(Lesson.KIND).create(file.id(), lesson).isPresent()
        ? StoryImport.Outcome.IMPORTED
        : StoryImport.Outcome.SKIPPED;
  }

  /** What the file names exists and may be named by whom it says; the lesson it makes. */
  Lesson checked(String fileName, LessonFile file, Map<String, Known> batch) {
    Network network =
        networks
            .network(file.networkId())
            .orElseThrow(
                () ->
                    MalformedContentException.at(
                        fileName,
                        file.line("network"),
                        "content.lesson.noNetwork",
                        file.networkId()));
    Problems problems = new Problems(fileName, file);
    Optional<Member> proposer = member(problems, file.proposedBy(), "proposed-by", network, false);
    if (file.validatedBy() != null) {
      member(problems, file.validatedBy(), "validated-by", network, true);
    }
    if (file.retiredBy() != null) {
      member(problems, file.retiredBy(), "retired-by", network, true);
    }
    basis(problems, file, proposer);
    aims(problems, file);
    lessons(problems, file, batch);
    applications(problems, file, network);
    problems.throwIfAny();
    return file.toLesson(
        new LessonFile.Names() {
          @Override
          public String member(String memberId) {
            return members.member(memberId).map(Member::name).orElse(memberId);
          }

          @Override
          public String organisation(String organisationId) {
            return organisations
                .organisation(organisationId)
                .map(Organisation::name)
                .orElse(organisationId);
          }

          @Override
          public String story(String storyId) {
            return stories.find(storyId).map(s -> s.value().getTitle()).orElse(storyId);
          }
        });
  }

  private Optional<Member> member(
      Problems problems, String id, String key, Network network, boolean facilitator) {
    Optional<Member> member = members.member(id);
    if (member.isEmpty()) {
      problems.add(key, "content.lesson.noMember", id, key);
    } else if (member.get().roleIn(network.id()).isEmpty()) {
      problems.add(key, "content.lesson.notInNetwork", id, key, network.id());
    } else if (facilitator && member.get().roleIn(network.id()).get() != NetworkRole.FACILITATOR) {
      problems.add(key, "content.lesson.notFacilitator", id, key, network.id());
    }
    return member;
  }

  private void basis(Problems problems, LessonFile file, Optional<Member> proposer) {
    for (LessonFile.Link link : file.basis()) {
      Optional<CaseStory> story = stories.find(link.storyId()).map(v -> v.value());
      if (story.isEmpty()) {
        problems.add("basis", "content.lesson.noStory", link.storyId());
        continue;
      }
      CaseStory s = story.get();
      boolean readable =
          proposer.isPresent()
              && (s.getStatus() != StoryStatus.DRAFT
                  || s.getAuthorId().equals(proposer.get().id())
                  || s.getCoAuthors().contains(proposer.get().id()))
              && (proposer.get().roleIn(s.getNetworkId()).isPresent()
                  || networks
                      .network(s.getNetworkId())
                      .filter(n -> !n.isMembersOnly())
                      .isPresent());
      if (!readable) {
        problems.add("basis", "content.lesson.storyUnreadable", link.storyId());
      }
      if (link.cycle() != null && link.cycle() > s.getCycles().size()) {
        problems.add(
            "basis", "content.lesson.noCycle", link.storyId(), link.cycle(), s.getCycles().size());
      }
    }
  }

  private void aims(Problems problems, LessonFile file) {
    if (file.aimIds().isEmpty()) {
      return;
    }
    Set<String> aims =
        stores
            .of(Narrative.KIND)
            .get(file.networkId())
            .map(Narrative::aims)
            .orElse(List.of())
            .stream()
            .map(Aim::id)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    for (String aim : file.aimIds()) {
      if (!aims.contains(aim)) {
        problems.add(
            "aims", "content.lesson.noAim", aim, aims.isEmpty() ? "none" : String.join(", ", aims));
      }
    }
  }

  private void lessons(Problems problems, LessonFile file, Map<String, Known> batch) {
    if (file.adaptedFrom() != null && known(file.adaptedFrom(), batch).isEmpty()) {
      problems.add("adapted-from", "content.lesson.noLesson", file.adaptedFrom(), "adapted-from");
    }
    if (file.replacedBy() != null && !file.replacedBy().equals(file.id())) {
      Optional<Known> replacement = known(file.replacedBy(), batch);
      if (replacement.isEmpty()) {
        problems.add("replaced-by", "content.lesson.noLesson", file.replacedBy(), "replaced-by");
      } else if (!replacement.get().networkId().equals(file.networkId())) {
        problems.add("replaced-by", "content.lesson.replacementElsewhere", file.replacedBy());
      } else if (replacement.get().state() == LessonState.RETIRED) {
        problems.add("replaced-by", "content.lesson.replacementRetired", file.replacedBy());
      }
    }
  }

  private Optional<Known> known(String id, Map<String, Known> batch) {
    return Optional.ofNullable(batch.get(id))
        .or(() -> stores.of(Lesson.KIND).get(id).map(l -> new Known(l.networkId(), l.state())));
  }

  private void applications(Problems problems, LessonFile file, Network network) {
    for (int i = 0; i < file.applications().size(); i++) {
      LessonFile.Applied a = file.applications().get(i);
      String at = "applications[" + i + "]";
      Optional<Member> member = members.member(a.member());
      if (member.isEmpty()) {
        problems.add(at, "content.lesson.noMember", a.member(), "member");
      } else if (network.isMembersOnly() && member.get().roleIn(network.id()).isEmpty()) {
        problems.add(at, "content.lesson.cannotRead", a.member(), network.id());
      }
      if (organisations.organisation(a.organisation()).isEmpty()) {
        problems.add(at, "content.lesson.noOrganisation", a.organisation());
      }
    }
  }

  /** The problems found against the portal, each at the line of the key it concerns. */
  private static final class Problems {
    private final String fileName;
    private final LessonFile file;
    private final List<String> found = new ArrayList<>();

    Problems(String fileName, LessonFile file) {
      this.fileName = fileName;
      this.file = file;
    }

    void add(String key, String messageKey, Object... arguments) {
      found.add(
          MalformedContentException.located(
              fileName, file.line(key), MalformedContentException.text(messageKey, arguments)));
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new MalformedContentException(found);
      }
    }
  }
}
