package org.commonplace.discussion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.ForumPage;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyDraft;
import org.commonplace.discussion.entity.ReplyPage;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.discussion.entity.ThreadDraft;
import org.commonplace.it.TestElasticsearch;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The discussion core against the real Elasticsearch, wired by hand on a record index of its own
 * (no Payara): members replying at the same moment, the same reply submitted twice at once, pages
 * of twenty, read positions, the forum's order, the new-member limit.
 */
@DisplayName("Discussions in the record index")
class DiscussionStoreIT {

  private static final Logger LOG = Logger.getLogger(DiscussionStoreIT.class.getName());
  private static final String INDEX = "it-discussion-records";
  private static final String NETWORK = "harbourford";

  private static ElasticsearchClient client;
  private static RecordStores stores;
  private static TestDiscussions wired;

  @BeforeAll
  static void wire() {
    client = TestRecordStores.client();
    RecordIndex index = TestRecordStores.recordIndex(client, INDEX);
    stores = TestRecordStores.stores(client, index, change -> {});
    wired = new TestDiscussions(stores, index);
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  private static Discussions discussions() {
    return wired.discussions;
  }

  /** A member of the network, joined long ago (not limited) or just now (limited). */
  private static Viewer member(String id, boolean isNew) {
    Instant joined = isNew ? Instant.now() : Instant.parse("2024-01-01T00:00:00Z");
    Member m =
        new Member(
            Member.ENTITY,
            id,
            "Member " + id,
            id + "@example.org",
            "org-1",
            StakeholderRole.CLINICIAN,
            List.of(),
            "",
            List.of(NETWORK),
            List.of(),
            false,
            null,
            null,
            0,
            0,
            joined);
    stores.of(Member.KIND).create(id, m);
    return Viewer.member(id, m.name(), false, Set.of(NETWORK), Set.of());
  }

  private static DiscussionThread thread(Viewer by, String title) {
    return discussions()
        .start(
            by,
            new ThreadDraft(NETWORK, null, null, title, "What works for you?", List.of(), false));
  }

  private static ReplyDraft reply(String id, String body) {
    return new ReplyDraft(id, body, null, false);
  }

  @Nested
  @DisplayName("when fifty members reply at the same moment")
  class Concurrently {

    @Test
    void shouldStoreFiftyRepliesCountFiftyAndMoveLastActivityToTheNewest() throws Exception {
      DiscussionThread thread = thread(member("opener", false), "Fifty at once");
      List<Viewer> members = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        members.add(member("racer-" + i, false));
      }
      long conflictsBefore = versionConflicts();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(50);
      List<Future<Reply>> futures = new ArrayList<>();
      for (Viewer m : members) {
        Callable<Reply> call =
            () -> {
              start.await();
              return discussions().reply(m, thread.id(), reply(null, "Me too, " + m.name()));
            };
        futures.add(pool.submit(call));
      }
      long began = System.nanoTime();
      start.countDown();
      List<Reply> stored = new ArrayList<>();
      for (Future<Reply> f : futures) {
        stored.add(f.get());
      }
      long millis = (System.nanoTime() - began) / 1_000_000;
      pool.shutdown();
      long conflicts = versionConflicts() - conflictsBefore;
      LOG.info(
          () ->
              "50 concurrent replies took "
                  + millis
                  + " ms; thread update version conflicts: "
                  + conflicts);

      DiscussionThread after = discussions().find(members.get(0), thread.id()).orElseThrow();
      ReplyPage page1 = discussions().replies(members.get(0), thread.id(), 1);
      Set<String> ids = new HashSet<>();
      for (int p = 1; p <= 3; p++) {
        discussions()
            .replies(members.get(0), thread.id(), p)
            .replies()
            .forEach(r -> ids.add(r.id()));
      }
      Instant newest = stored.stream().map(Reply::created).max(Comparator.naturalOrder()).get();
      assertThat(after.replyCount()).isEqualTo(50);
      assertThat(after.lastActivityAt()).isEqualTo(newest);
      assertThat(page1.total()).isEqualTo(50);
      assertThat(page1.pageCount()).isEqualTo(3);
      assertThat(ids).hasSize(50).containsAll(stored.stream().map(Reply::id).toList());
    }

    @Test
    void shouldStoreOneReplyWhenTheSameIdIsSubmittedTwiceAtOnce() throws Exception {
      Viewer gwen = member("gwen-twice", false);
      DiscussionThread thread = thread(gwen, "Double submit");
      String id = discussions().mintReplyId();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Reply>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return discussions().reply(gwen, thread.id(), reply(id, "Once only"));
                }));
      }
      start.countDown();
      Set<Instant> created = new HashSet<>();
      for (Future<Reply> f : futures) {
        Reply r = f.get();
        assertThat(r.id()).isEqualTo(id);
        created.add(r.created());
      }
      pool.shutdown();

      assertThat(created).hasSize(1);
      assertThat(discussions().find(gwen, thread.id()).orElseThrow().replyCount()).isEqualTo(1);
      assertThat(discussions().replies(gwen, thread.id(), 1).total()).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("when a thread is read a page at a time")
  class Pages {

    @Test
    void shouldHoldTwentyRepliesAPageInOrderAndNothingPastTheEnd() {
      Viewer helen = member("paging-helen", false);
      DiscussionThread thread = thread(helen, "Forty-five replies");
      List<Reply> written = new ArrayList<>();
      for (int i = 1; i <= 45; i++) {
        written.add(discussions().reply(helen, thread.id(), reply(null, "Reply " + i)));
      }

      ReplyPage first = discussions().replies(helen, thread.id(), 1);
      ReplyPage third = discussions().replies(helen, thread.id(), 3);
      ReplyPage fourth = discussions().replies(helen, thread.id(), 4);

      assertThat(first.replies())
          .extracting(Reply::id)
          .containsExactlyElementsOf(written.subList(0, 20).stream().map(Reply::id).toList());
      assertThat(third.replies())
          .extracting(Reply::body)
          .containsExactly("Reply 41", "Reply 42", "Reply 43", "Reply 44", "Reply 45");
      assertThat(fourth.replies()).isEmpty();
      assertThat(fourth.total()).isEqualTo(45);
      assertThat(first.pageCount()).isEqualTo(3);
      assertThat(discussions().pageOf(helen, thread.id(), written.get(19).id())).isEqualTo(1);
      assertThat(discussions().pageOf(helen, thread.id(), written.get(20).id())).isEqualTo(2);
      assertThat(discussions().pageOf(helen, thread.id(), written.get(44).id())).isEqualTo(3);
    }

    @Test
    void shouldShowTheAcceptedAnswerOnPage1AndFireTheEvent() {
      Viewer asker = member("asker", false);
      Viewer answerer = member("answerer", false);
      DiscussionThread thread = thread(asker, "Which huddle length?");
      Reply answer = discussions().reply(answerer, thread.id(), reply(null, "Ten minutes."));

      discussions().accept(asker, thread.id(), answer.id());

      assertThat(discussions().replies(answerer, thread.id(), 1).accepted().id())
          .isEqualTo(answer.id());
      assertThat(wired.events)
          .anyMatch(
              e -> e.kind() == PostEventKind.ANSWER_ACCEPTED && answer.id().equals(e.replyId()));
    }

    @Test
    void shouldSendAMemberBackToTheFirstReplyTheyHaveNotRead() {
      Viewer reader = member("reader", false);
      Viewer writer = member("writer", false);
      DiscussionThread thread = thread(writer, "Unread");
      Reply seen = discussions().reply(writer, thread.id(), reply(null, "Seen"));
      discussions().markRead(reader, thread.id(), seen.created());
      Reply unseen = discussions().reply(writer, thread.id(), reply(null, "Not yet seen"));

      assertThat(discussions().firstUnread(reader, thread.id()))
          .map(Reply::id)
          .contains(unseen.id());
      discussions().markRead(reader, thread.id(), unseen.created());
      discussions().markRead(reader, thread.id(), seen.created());
      assertThat(discussions().firstUnread(reader, thread.id())).isEmpty();
    }

    @Test
    void shouldReadAThreadWithTheReadersPlaceOnlyForThoseWhoMayReadIt() {
      Viewer reader = member("place-reader", false);
      Viewer writer = member("place-writer", false);
      DiscussionThread thread = thread(writer, "Read with the place");
      Reply first = discussions().reply(writer, thread.id(), reply(null, "First"));
      Viewer outsider =
          Viewer.member("place-outsider", "Outsider", false, Set.of("access-quebec"), Set.of());

      assertThat(discussions().findToRead(reader, thread.id()))
          .map(DiscussionThread::id)
          .contains(thread.id());
      assertThat(discussions().findToRead(outsider, thread.id())).isEmpty();
      assertThat(discussions().findToRead(Viewer.ANONYMOUS, thread.id())).isEmpty();
      assertThat(discussions().findToRead(reader, "no-such-thread")).isEmpty();
      assertThat(discussions().findToRead(reader, "not an id")).isEmpty();

      discussions()
          .markRead(reader, discussions().replies(reader, thread.id(), 1), first.created());
      assertThat(discussions().firstUnread(reader, thread.id())).isEmpty();
    }
  }

  @Nested
  @DisplayName("when members may not reply")
  class Refused {

    @Test
    void shouldRefuseAReplyToALockedThreadAndStoreNothing() {
      Viewer gwen = member("locked-gwen", false);
      DiscussionThread thread = thread(gwen, "Locked");
      stores
          .of(DiscussionThread.KIND)
          .update(thread.id(), t -> ThreadBuilder.from(t).locked(true).build());

      assertThatThrownBy(() -> discussions().reply(gwen, thread.id(), reply(null, "Still here?")))
          .isInstanceOf(ThreadClosedException.class)
          .extracting(e -> ((ThreadClosedException) e).messageKey())
          .isEqualTo("thread.error.closed.locked");
      assertThat(discussions().replies(gwen, thread.id(), 1).total()).isZero();
    }

    @Test
    void shouldAskANewMemberToWaitAfterThreeRepliesInAMinute() {
      Viewer opener = member("limit-opener", false);
      Viewer newcomer = member("newcomer", true);
      DiscussionThread thread = thread(opener, "Limits");
      for (int i = 0; i < 3; i++) {
        discussions().reply(newcomer, thread.id(), reply(null, "Hello " + i));
      }

      assertThatThrownBy(() -> discussions().reply(newcomer, thread.id(), reply(null, "Again")))
          .isInstanceOfSatisfying(
              PostingLimitException.class,
              e ->
                  assertThat(e.retryAfter())
                      .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
      assertThat(discussions().find(opener, thread.id()).orElseThrow().replyCount()).isEqualTo(3);
    }

    @Test
    void shouldStoreOnlyMentionsOfMembersWhoMayReadTheThread() {
      Viewer gwen = member("mention-gwen", false);
      member("mention-helen", false);
      stores
          .of(Member.KIND)
          .create(
              "outsider",
              new Member(
                  Member.ENTITY,
                  "outsider",
                  "Outsider",
                  "o@example.org",
                  "org-2",
                  StakeholderRole.LEADER,
                  List.of(),
                  "",
                  List.of("access-quebec"),
                  List.of(),
                  false,
                  null,
                  null,
                  0,
                  0,
                  Instant.now()));
      DiscussionThread thread = thread(gwen, "Mentions");

      Reply r =
          discussions()
              .reply(gwen, thread.id(), reply(null, "@mention-helen @outsider @nobody-at-all"));

      assertThat(r.mentionIds()).containsExactly("mention-helen");
    }
  }

  @Nested
  @DisplayName("when a forum is listed")
  class Forum {

    @Test
    void shouldListPinnedThreadsFirstThenTheMostRecentlyActive() {
      Viewer facilitator = member("forum-helen", false);
      DiscussionThread old = thread(facilitator, "Old but pinned");
      DiscussionThread quiet = thread(facilitator, "Quiet");
      DiscussionThread busy = thread(facilitator, "Busy");
      stores
          .of(DiscussionThread.KIND)
          .update(old.id(), t -> ThreadBuilder.from(t).pinned(true).build());
      discussions().reply(facilitator, busy.id(), reply(null, "Keeps going"));
      wired.records.refresh();

      ForumPage page = discussions().forum(facilitator, NETWORK, "general", 1);

      assertThat(page.threads())
          .extracting(DiscussionThread::id)
          .containsSubsequence(old.id(), busy.id(), quiet.id());
      assertThat(page.threads().get(0).id()).isEqualTo(old.id());
      assertThat(page.total()).isGreaterThanOrEqualTo(3);
    }
  }

  /** Version conflicts the record index refused so far: the thread updates that were retried. */
  private static long versionConflicts() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestElasticsearch.url() + "/" + INDEX + "/_stats/indexing"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher m =
        Pattern.compile("\"index_failed_due_to_version_conflict\\w*\"\\s*:\\s*(\\d+)")
            .matcher(answer.body());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
