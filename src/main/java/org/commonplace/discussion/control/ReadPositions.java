package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.ReadPosition;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyPage;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.RequestReads;
import org.commonplace.platform.record.Versioned;

/**
 * How far each member has read each thread, so they come back to the first reply they have not
 * seen. A position only moves forward: reading an older page again does not mark newer replies
 * unread.
 */
@ApplicationScoped
public class ReadPositions {

  @Inject RecordStores stores;
  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject Clock clock;
  @Inject RequestReads requestReads;

  private RecordStore<ReadPosition> store() {
    return stores.of(ReadPosition.KIND);
  }

  /**
   * The thread, as {@link ThreadAccess#find} answers, read in one round trip with the member's
   * place in it: the thread page then moves that place without reading it again.
   */
  public Optional<DiscussionThread> findKeepingPlace(Viewer viewer, String threadId) {
    if (!Ids.isWellFormed(threadId)) {
      return Optional.empty();
    }
    viewer
        .memberId()
        .ifPresent(member -> requestReads.expect(store(), ReadPosition.idOf(threadId, member)));
    return access
        .readable(viewer, requestReads.find(records.threads(), threadId))
        .map(Versioned::value);
  }

  public Optional<Reply> firstUnread(Viewer viewer, String threadId) {
    DiscussionThread thread = access.readable(viewer, threadId);
    if (viewer.memberId().isEmpty()) {
      return Optional.empty();
    }
    records.freshen(thread);
    Instant lastRead =
        store()
            .get(ReadPosition.idOf(threadId, viewer.memberId().get()))
            .map(ReadPosition::lastReadAt)
            .orElse(null);
    return records.firstAfter(threadId, lastRead);
  }

  /**
   * @param upTo the newest reply's creation the member has seen; null for now
   */
  public void markRead(Viewer viewer, String threadId, Instant upTo) {
    access.readable(viewer, threadId);
    record(viewer, threadId, upTo);
  }

  /**
   * After a page of replies was shown: reading it checked that the reader may, so the thread is not
   * read a third time in the request.
   */
  public void markRead(Viewer viewer, ReplyPage shown, Instant upTo) {
    record(viewer, shown.thread().id(), upTo);
  }

  private void record(Viewer viewer, String threadId, Instant upTo) {
    if (viewer.memberId().isEmpty()) {
      return;
    }
    String memberId = viewer.memberId().get();
    String id = ReadPosition.idOf(threadId, memberId);
    Instant at = upTo == null ? clock.instant() : upTo;
    ReadPosition position = new ReadPosition(id, threadId, memberId, at);
    // most views read a page seen before: one read answers them, with no write to race over
    // read with the thread when the page expected it (findKeepingPlace)
    Optional<Versioned<ReadPosition>> known = requestReads.find(store(), id);
    if (known.isPresent() && !isNewer(at, known.get().value())) {
      return;
    }
    requestReads.forget(store(), id);
    if (known.isEmpty() && store().create(id, position).isPresent()) {
      return;
    }
    store()
        .update(id, old -> isNewer(at, old) ? new ReadPosition(id, threadId, memberId, at) : old);
  }

  private static boolean isNewer(Instant at, ReadPosition old) {
    return old.lastReadAt() == null || at.isAfter(old.lastReadAt());
  }
}
