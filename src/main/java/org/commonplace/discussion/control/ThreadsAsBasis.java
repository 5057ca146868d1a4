package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.lesson.control.ThreadBasis;

/** Lets lessons rest on threads the member may read, without the lesson feature knowing threads. */
@ApplicationScoped
public class ThreadsAsBasis implements ThreadBasis {

  @Inject Discussions discussions;

  @Override
  public Optional<ThreadTitle> resolve(Viewer viewer, String threadId) {
    return discussions
        .find(viewer, threadId)
        .map(t -> new ThreadTitle(t.id(), t.title(), t.networkId()));
  }
}
