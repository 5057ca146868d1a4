package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.platform.aim.NetworkAims;
import org.commonplace.platform.aim.NetworkAims.NamedAim;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.StoryRules;

/**
 * The aims a story may say it advances: those of its network's shared narrative. The narrative
 * feature provides them; while it is absent (or a network has no narrative yet) a network has none,
 * so stories work the same with or without it.
 */
@ApplicationScoped
public class StoryAims {

  @Inject Instance<NetworkAims> narratives;

  /** The network's aims in the narrative's order; empty when it has none or none can be known. */
  public List<NamedAim> of(String networkId) {
    if (networkId == null || networkId.isBlank() || !narratives.isResolvable()) {
      return List.of();
    }
    return narratives.get().of(networkId);
  }

  /**
   * The aims a draft names that its network's narrative does not. An aim the story named before is
   * kept even when the narrative has since dropped it: the story did advance it then.
   */
  public List<Violation> unknown(String networkId, List<String> aimIds, List<String> kept) {
    List<String> named = StoryRules.normaliseIds(aimIds);
    if (named.isEmpty()) {
      return List.of();
    }
    Set<String> known = of(networkId).stream().map(NamedAim::id).collect(Collectors.toSet());
    return unknownAmong(named, known, kept);
  }

  static List<Violation> unknownAmong(List<String> named, Set<String> known, List<String> kept) {
    return named.stream()
        .filter(aim -> !known.contains(aim) && !kept.contains(aim))
        .map(aim -> Violation.of("aimIds", "story.aims.unknown", aim))
        .toList();
  }
}
