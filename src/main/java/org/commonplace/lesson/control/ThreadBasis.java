package org.commonplace.lesson.control;

import java.util.Optional;
import org.commonplace.access.entity.Viewer;

/**
 * Resolves a discussion thread a lesson is based on: its title and network, if the viewer may read
 * it. The discussion feature implements it, so that lessons can rest on threads while the arrow
 * between the two features points from discussion to lesson only. Without an implementation threads
 * cannot be linked.
 */
public interface ThreadBasis {

  Optional<ThreadTitle> resolve(Viewer viewer, String threadId);

  /** What a lesson keeps of the thread it rests on. */
  record ThreadTitle(String id, String title, String networkId) {}
}
