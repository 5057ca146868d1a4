package org.commonplace.discussion.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.member.control.TestMemberRecords;
import org.commonplace.member.control.TestNetworkAccess;
import org.commonplace.platform.privacy.IdentifierGuard;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.RequestReads;

/**
 * The discussion core wired by hand over a record store, without a container and without the lesson
 * and story features (threads attached to stories and promotion are left to the portal's tests).
 * Events fired are collected in {@link #events}; a posting gate can be put in place.
 */
final class TestDiscussions {

  final List<PostEvent> events = new CopyOnWriteArrayList<>();
  final Discussions discussions = new Discussions();
  final PostingLimiter limiter = new PostingLimiter();
  final ThreadRecords records = new ThreadRecords();
  PostingGate gate;

  TestDiscussions(RecordStores stores, RecordIndex index) {
    Clock clock = Clock.systemUTC();
    AccessPolicy policy = new AccessPolicy();
    var networks = TestNetworkAccess.over(stores);
    var members = TestMemberRecords.over(stores);
    records.stores = stores;
    records.index = index;
    records.clock = clock;
    ThreadAccess access = new ThreadAccess();
    access.records = records;
    access.policy = policy;
    access.networks = networks;
    limiter.records = records;
    limiter.clock = clock;
    limiter.newMemberDays = 14;
    limiter.repliesPerMinute = 3;
    limiter.threadsPerDay = 5;
    Posting posting = new Posting();
    posting.guard = new IdentifierGuard();
    posting.gate = new GateInstance();
    posting.limiter = limiter;
    posting.members = members;
    posting.events = new Collected();
    posting.clock = clock;
    Mentioned mentioned = new Mentioned();
    mentioned.members = members;
    mentioned.policy = policy;
    ForumSettings forums = new ForumSettings();
    forums.stores = stores;
    forums.policy = policy;
    forums.networks = networks;
    forums.threads = records;
    forums.clock = clock;
    NewThreads threads = new NewThreads();
    threads.access = access;
    threads.records = records;
    threads.forums = forums;
    threads.posting = posting;
    threads.mentioned = mentioned;
    NewReplies replies = new NewReplies();
    replies.access = access;
    replies.records = records;
    replies.posting = posting;
    replies.mentioned = mentioned;
    Reactions reactions = new Reactions();
    reactions.access = access;
    reactions.records = records;
    reactions.posting = posting;
    ReadPositions positions = new ReadPositions();
    positions.stores = stores;
    positions.access = access;
    positions.records = records;
    positions.clock = clock;
    positions.requestReads = new RequestReads();
    discussions.access = access;
    discussions.records = records;
    discussions.newThreads = threads;
    discussions.newReplies = replies;
    discussions.reactions = reactions;
    discussions.positions = positions;
    discussions.forums = forums;
    discussions.networks = networks;
  }

  /** The gate the test put in place, or none (everyone posts at once). */
  private final class GateInstance implements Instance<PostingGate> {

    @Override
    public PostingGate get() {
      if (gate == null) {
        throw new IllegalStateException("No posting gate");
      }
      return gate;
    }

    @Override
    public boolean isUnsatisfied() {
      return gate == null;
    }

    @Override
    public boolean isAmbiguous() {
      return false;
    }

    @Override
    public Iterator<PostingGate> iterator() {
      return gate == null ? Collections.emptyIterator() : List.of(gate).iterator();
    }

    @Override
    public Instance<PostingGate> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends PostingGate> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends PostingGate> Instance<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void destroy(PostingGate instance) {}

    @Override
    public Handle<PostingGate> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<PostingGate>> handles() {
      throw new UnsupportedOperationException();
    }
  }

  private final class Collected implements Event<PostEvent> {

    @Override
    public void fire(PostEvent event) {
      events.add(event);
    }

    @Override
    public <U extends PostEvent> CompletionStage<U> fireAsync(U event) {
      events.add(event);
      return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends PostEvent> CompletionStage<U> fireAsync(U event, NotificationOptions o) {
      return fireAsync(event);
    }

    @Override
    public Event<PostEvent> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends PostEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends PostEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... q) {
      throw new UnsupportedOperationException();
    }
  }
}
