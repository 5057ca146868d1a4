package org.commonplace.lesson.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.lesson.entity.Basis;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.InvalidLessonException;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonDraft;
import org.commonplace.lesson.entity.LessonRules;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.aim.NetworkAims;
import org.commonplace.platform.privacy.IdentifierGuard;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/**
 * Readies what a member sent before a lesson is made from it: the story it is proposed from, the
 * network, who may contribute there, every rule, the evidence links (stories the member may read,
 * cycles that exist, titles as they are now), the network's aims and the patient-identifier guard.
 * Refuses with every broken rule at once; stores nothing.
 */
@ApplicationScoped
public class LessonDrafts {

  @Inject StoryService stories;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject IdentifierGuard guard;
  @Inject Instance<NetworkAims> aims;
  @Inject Instance<ThreadBasis> threads;

  /**
   * @param existing the lesson an edit is for: it stays in its network
   * @return the network the lesson belongs to
   */
  public String prepare(Viewer viewer, LessonDraft draft, Optional<Lesson> existing) {
    fromStory(viewer, draft);
    String networkId =
        existing
            .map(Lesson::networkId)
            .orElse(draft.getNetworkId() == null ? "" : draft.getNetworkId().strip());
    if (networkId.isEmpty()) {
      throw InvalidLessonException.of("networkId", "lesson.network.required");
    }
    if (existing.isEmpty()) {
      policy.require(viewer, Action.CONTRIBUTE, access.network(networkId));
    }
    List<Violation> problems = new ArrayList<>(LessonRules.violationsOf(draft));
    if (problems.isEmpty()) {
      draft.setBasis(checkedBasis(viewer, draft.getBasis(), problems));
    }
    Set<String> known = aimsOf(networkId);
    draft.getAimIds().stream()
        .filter(id -> !known.contains(id))
        .forEach(id -> problems.add(Violation.of("aimIds", "lesson.aims.unknown", id)));
    if (!problems.isEmpty()) {
      throw new InvalidLessonException(problems);
    }
    guard.require(draft.writtenTexts(), draft.isIdentifiersConfirmed());
    return networkId;
  }

  /** The story's network, themes and the story itself as basis, where the draft has none. */
  public void fromStory(Viewer viewer, LessonDraft draft) {
    String storyId = draft.getFromStory();
    if (storyId == null || storyId.isBlank()) {
      return;
    }
    CaseStory story =
        stories
            .read(viewer, storyId.strip())
            .map(v -> v.value())
            .filter(s -> !s.isDraft() && !s.isWithdrawn())
            .orElseThrow(
                () -> InvalidLessonException.of("fromStory", "lesson.fromStory.unreadable"));
    if (draft.getNetworkId() == null || draft.getNetworkId().isBlank()) {
      draft.setNetworkId(story.getNetworkId());
    }
    if (draft.getThemes().isEmpty()) {
      draft.setThemes(story.getThemes());
    }
    boolean linked =
        draft.getBasis().stream().anyMatch(b -> b != null && story.getId().equals(b.recordId()));
    if (!linked) {
      List<Basis> basis = new ArrayList<>(draft.getBasis());
      basis.add(0, new Basis(BasisKind.STORY, story.getId(), null, story.getTitle()));
      draft.setBasis(basis);
    }
    draft.setFromStory(null);
  }

  /** The links, each naming a story the member may read (and a cycle it has), with its title. */
  private List<Basis> checkedBasis(Viewer viewer, List<Basis> sent, List<Violation> problems) {
    List<Basis> checked = new ArrayList<>();
    for (Basis b : sent) {
      if (b.kind() == BasisKind.THREAD) {
        threadBasis(viewer, b, problems).filter(t -> !checked.contains(t)).ifPresent(checked::add);
        continue;
      }
      Optional<CaseStory> story = stories.read(viewer, b.recordId().strip()).map(v -> v.value());
      if (story.isEmpty()) {
        problems.add(Violation.of("basis", "lesson.basis.unreadable", b.recordId()));
      } else if (b.kind() == BasisKind.CYCLE && b.cycle() > story.get().getCycles().size()) {
        problems.add(Violation.of("basis", "lesson.basis.noSuchCycle", b.recordId(), b.cycle()));
      } else {
        Basis named = new Basis(b.kind(), story.get().getId(), b.cycle(), story.get().getTitle());
        if (!checked.contains(named)) {
          checked.add(named);
        }
      }
    }
    return checked;
  }

  /** A thread the member may read, with its title; threads cannot be linked without discussions. */
  private Optional<Basis> threadBasis(Viewer viewer, Basis sent, List<Violation> problems) {
    if (!threads.isResolvable()) {
      problems.add(Violation.of("basis", "lesson.basis.noThreads"));
      return Optional.empty();
    }
    Optional<ThreadBasis.ThreadTitle> thread =
        threads.get().resolve(viewer, sent.recordId().strip());
    if (thread.isEmpty()) {
      problems.add(Violation.of("basis", "lesson.basis.threadUnreadable", sent.recordId()));
    }
    return thread.map(t -> new Basis(BasisKind.THREAD, t.id(), null, t.title()));
  }

  /** The aim ids of the network's narrative; none while no narrative feature answers. */
  public Set<String> aimsOf(String networkId) {
    return namedAims(networkId).stream().map(NetworkAims.NamedAim::id).collect(Collectors.toSet());
  }

  public List<NetworkAims.NamedAim> namedAims(String networkId) {
    if (!aims.isResolvable()) {
      return List.of();
    }
    return aims.get().of(networkId);
  }

  /** Where an adaptation goes: the network named, or the viewer's first other network. */
  String adaptationNetwork(Viewer viewer, Lesson original, String networkId) {
    if (networkId != null && !networkId.isBlank()) {
      return networkId.strip();
    }
    return viewer.networks().stream()
        .filter(n -> !n.equals(original.networkId()))
        .sorted()
        .findFirst()
        .or(
            () ->
                viewer.facilitates().stream()
                    .filter(n -> !n.equals(original.networkId()))
                    .sorted()
                    .findFirst())
        .orElseThrow(() -> InvalidLessonException.of("networkId", "lesson.adapt.networkRequired"));
  }
}
