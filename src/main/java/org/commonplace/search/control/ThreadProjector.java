package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.PostDocument;
import org.commonplace.search.entity.SearchDocument;

/**
 * Discussion threads in search: their title and opening post, found like a story by the members who
 * may read the network. A thread held for approval, hidden or deleted is found by no one; one
 * merged into another is still found, since its words are still worth reading.
 */
@ApplicationScoped
public class ThreadProjector implements Projector<DiscussionThread> {

  @Inject MarkdownRenderer markdown;
  @Inject NetworkNames networks;

  @Override
  public RecordKind<DiscussionThread> kind() {
    return DiscussionThread.KIND;
  }

  @Override
  public Optional<SearchDocument> document(DiscussionThread thread) {
    if (thread.state() != PostState.VISIBLE) {
      return Optional.empty();
    }
    boolean hasAuthor = thread.postedBy() != null;
    return Optional.of(
        new PostDocument(
            thread.id(),
            DiscussionThread.KIND.name(),
            thread.title(),
            markdown.toPlainText(thread.body()),
            thread.tags(),
            thread.language() == null ? null : thread.language().name(),
            hasAuthor ? thread.postedBy().name() : null,
            null,
            networks.of(thread.networkId()),
            thread.networkId(),
            hasAuthor ? thread.postedBy().id() : null,
            null,
            null,
            thread.created(),
            thread.edited() == null ? thread.created() : thread.edited()));
  }
}
