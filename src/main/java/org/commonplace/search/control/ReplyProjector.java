package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.search.entity.PostDocument;
import org.commonplace.search.entity.SearchDocument;

/**
 * Replies in search, each linking to its place in its thread. A reply is found only while it and
 * its thread are shown to everyone who may read the thread; a reply projected while its thread was
 * visible stays found if the thread is hidden later, until the reply is written or the index is
 * rebuilt (moderation hides the thread's own document at once).
 */
@ApplicationScoped
public class ReplyProjector implements Projector<Reply> {

  @Inject MarkdownRenderer markdown;
  @Inject NetworkNames networks;
  @Inject RecordStores stores;

  @Override
  public RecordKind<Reply> kind() {
    return Reply.KIND;
  }

  @Override
  public Optional<SearchDocument> document(Reply reply) {
    if (reply.state() != PostState.VISIBLE) {
      return Optional.empty();
    }
    Optional<DiscussionThread> thread =
        stores
            .of(DiscussionThread.KIND)
            .get(reply.threadId())
            .filter(t -> t.state() == PostState.VISIBLE);
    if (thread.isEmpty()) {
      return Optional.empty();
    }
    boolean hasAuthor = reply.postedBy() != null;
    return Optional.of(
        new PostDocument(
            reply.id(),
            Reply.KIND.name(),
            null,
            markdown.toPlainText(reply.body()),
            thread.get().tags(),
            thread.get().language() == null ? null : thread.get().language().name(),
            hasAuthor ? reply.postedBy().name() : null,
            null,
            networks.of(reply.networkId()),
            reply.networkId(),
            hasAuthor ? reply.postedBy().id() : null,
            reply.threadId(),
            thread.get().title(),
            reply.created(),
            reply.edited() == null ? reply.created() : reply.edited()));
  }
}
