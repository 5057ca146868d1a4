package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.Admission;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.TestPosts;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.TestMemberRecords;
import org.commonplace.member.control.TestNetworkAccess;
import org.commonplace.member.entity.Member;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.revision.TestRevisions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Flags, facilitator actions and the gate against the real Elasticsearch, wired by hand on a record
 * index of their own (no portal): what each rule does to the stored records, kept versions and the
 * log.
 */
@DisplayName("Moderation against the record index")
class ModerationIT {

  private static final String NETWORK = "harbourford";

  private static ElasticsearchClient client;
  private static RecordStores stores;
  private static RecordIndex index;

  private final RecordingEvent<ModerationEvent> told = new RecordingEvent<>();
  private final RecordingEvent<PostEvent> announced = new RecordingEvent<>();
  private Flagging flagging;
  private FacilitatorActions actions;
  private ModerationLog log;
  private ModerationGate gate;
  private Revisions revisions;

  private final Viewer helen = facilitator("helen-marsh");
  private final Viewer gwen = member("gwen-pryce");

  @BeforeAll
  static void wire() {
    client = TestRecordStores.client();
    index = TestRecordStores.recordIndex(client, "it-moderation");
    stores = TestRecordStores.stores(client, index, changed -> {});
  }

  @AfterAll
  static void close() throws Exception {
    client._transport().close();
  }

  @BeforeEach
  void build() {
    Clock clock = Clock.systemUTC();
    AccessPolicy policy = new AccessPolicy();
    NetworkAccess networks = TestNetworkAccess.over(stores);
    ModeratedPosts posts = new ModeratedPosts();
    posts.stores = stores;
    posts.networks = networks;
    posts.policy = policy;
    log = new ModerationLog();
    log.stores = stores;
    log.index = index;
    log.clock = clock;
    ModerationNews news = new ModerationNews();
    news.moderation = told;
    news.posts = announced;
    revisions = TestRevisions.over(stores, index);
    flagging = new Flagging();
    flagging.posts = posts;
    flagging.log = log;
    flagging.news = news;
    flagging.policy = policy;
    flagging.stores = stores;
    flagging.index = index;
    flagging.clock = clock;
    PostActions onPosts = new PostActions();
    onPosts.posts = posts;
    onPosts.log = log;
    onPosts.news = news;
    onPosts.revisions = revisions;
    onPosts.clock = clock;
    ThreadActions onThreads = new ThreadActions();
    onThreads.posts = posts;
    onThreads.log = log;
    onThreads.news = news;
    onThreads.stores = stores;
    onThreads.index = index;
    MemberRecords members = TestMemberRecords.over(stores);
    Suspensions suspensions = new Suspensions();
    suspensions.stores = stores;
    suspensions.members = members;
    suspensions.log = log;
    suspensions.news = news;
    suspensions.clock = clock;
    actions = new FacilitatorActions();
    actions.posts = posts;
    actions.onPosts = onPosts;
    actions.onThreads = onThreads;
    actions.suspensions = suspensions;
    actions.policy = policy;
    gate = new ModerationGate();
    gate.suspensions = suspensions;
    gate.stores = stores;
  }

  @Test
  void shouldHideAPostAtOnceForPatientInformationLoggedAsFlagsAndTellItsAuthor() {
    DiscussionThread thread = thread("tom-okafor", PostState.VISIBLE);

    flagging.flag(gwen, thread.id(), null, "PATIENT_INFORMATION", null);

    DiscussionThread stored = stores.of(DiscussionThread.KIND).get(thread.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(PostState.HIDDEN);
    assertThat(stored.hiddenReason()).isEqualTo("PATIENT_INFORMATION");
    assertThat(entries(thread.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(ModerationAction.HIDE);
              assertThat(e.actorId()).isEqualTo("flags");
              assertThat(e.reason()).isEqualTo("PATIENT_INFORMATION");
            });
    assertThat(told.fired)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(ModerationAction.HIDE);
              assertThat(e.postAuthorId()).isEqualTo("tom-okafor");
            });
  }

  @Test
  void shouldHideAfterThreeMembersAndShowAgainWhenDismissedTellingEachFlagger() {
    DiscussionThread thread = thread("tom-okafor", PostState.VISIBLE);
    Reply reply = reply(thread, "tom-okafor", Instant.now(), PostState.VISIBLE);

    flagging.flag(member("gwen-pryce"), thread.id(), reply.id(), "SPAM", null);
    flagging.flag(member("priya-shah"), thread.id(), reply.id(), "OFF_TOPIC", null);
    assertThat(stores.of(Reply.KIND).get(reply.id()).orElseThrow().state())
        .isEqualTo(PostState.VISIBLE);
    String third =
        flagging.flag(member("owen-price"), thread.id(), reply.id(), "OTHER", "Advert").id();
    assertThat(stores.of(Reply.KIND).get(reply.id()).orElseThrow().state())
        .isEqualTo(PostState.HIDDEN);

    assertThat(flagging.decide(helen, third, "DISMISSED", "An announcement members asked for"))
        .hasSize(3);

    assertThat(stores.of(Reply.KIND).get(reply.id()).orElseThrow().state())
        .isEqualTo(PostState.VISIBLE);
    index.refresh();
    assertThat(
            stores
                .of(org.commonplace.moderation.entity.Flag.KIND)
                .search(
                    Flagging.onPost(thread.id(), reply.id(), FlagState.DISMISSED), List.of(), 0, 10)
                .total())
        .isEqualTo(3);
    assertThat(told.fired)
        .filteredOn(e -> e.action() == ModerationAction.DECIDE_FLAG)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(FlagState.DISMISSED);
              assertThat(e.flaggerIds())
                  .containsExactlyInAnyOrder("gwen-pryce", "priya-shah", "owen-price");
            });
    assertThat(entries(thread.id()))
        .extracting(ModerationEntry::action)
        .containsExactlyInAnyOrder(
            ModerationAction.HIDE, ModerationAction.DECIDE_FLAG, ModerationAction.RESTORE);
  }

  @Test
  void shouldRefuseFlaggingOnesOwnPostOrTheSamePostTwice() {
    DiscussionThread thread = thread("gwen-pryce", PostState.VISIBLE);
    Viewer tom = member("tom-okafor");

    assertThatThrownBy(() -> flagging.flag(gwen, thread.id(), null, "SPAM", null))
        .isInstanceOfSatisfying(
            ModerationRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(ModerationRefusedException.Kind.UNPROCESSABLE));
    flagging.flag(tom, thread.id(), null, "SPAM", null);
    assertThatThrownBy(() -> flagging.flag(tom, thread.id(), null, "OFF_TOPIC", null))
        .isInstanceOfSatisfying(
            ModerationRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(ModerationRefusedException.Kind.CONFLICT));
  }

  @Test
  void shouldRedactAPassageFromThePostEveryKeptVersionAndTheLog() {
    DiscussionThread thread = thread("tom-okafor", PostState.VISIBLE);
    Reply reply = reply(thread, "tom-okafor", Instant.now(), PostState.VISIBLE);
    actions.act(
        helen,
        new ActionRequest(
            "EDIT",
            thread.id(),
            reply.id(),
            null,
            null,
            "Tone",
            "Mrs Jones in bed 4 fell twice; we moved her nearer the desk.",
            null,
            null,
            null,
            null));

    ModerationEntry redaction =
        actions.act(
            helen,
            new ActionRequest(
                "REDACT",
                thread.id(),
                reply.id(),
                null,
                null,
                "Names a patient",
                null,
                "Mrs Jones in bed 4",
                null,
                null,
                null));

    assertThat(stores.of(Reply.KIND).get(reply.id()).orElseThrow().body())
        .isEqualTo("[removed] fell twice; we moved her nearer the desk.");
    assertThat(revisions.history(Reply.KIND, reply.id())).isNotEmpty();
    revisions
        .history(Reply.KIND, reply.id())
        .forEach(
            entry ->
                assertThat(
                        revisions
                            .version(Reply.KIND, reply.id(), entry.number())
                            .orElseThrow()
                            .body())
                    .doesNotContain("Mrs Jones in bed 4"));
    assertThat(redaction.before())
        .isEqualTo("[redacted] fell twice; we moved her nearer the desk.");
    index.refresh();
    assertThat(entries(thread.id()))
        .allSatisfy(
            e -> {
              assertThat(String.valueOf(e.before())).doesNotContain("Mrs Jones in bed 4");
              assertThat(String.valueOf(e.after())).doesNotContain("Mrs Jones in bed 4");
            });
  }

  @Test
  void shouldMergeTheDuplicatesPostsInTimeOrderAndRecountTheTarget() {
    Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    DiscussionThread target = thread("gwen-pryce", PostState.VISIBLE);
    reply(target, "tom-okafor", base.plusSeconds(10), PostState.VISIBLE);
    DiscussionThread duplicate = thread("priya-shah", PostState.VISIBLE);
    Reply late = reply(duplicate, "tom-okafor", base.plusSeconds(30), PostState.VISIBLE);
    Reply early = reply(duplicate, "owen-price", base.plusSeconds(20), PostState.HIDDEN);

    actions.act(
        helen,
        new ActionRequest(
            "MERGE",
            duplicate.id(),
            null,
            null,
            null,
            "Same question",
            null,
            null,
            null,
            target.id(),
            null));

    DiscussionThread merged = stores.of(DiscussionThread.KIND).get(duplicate.id()).orElseThrow();
    assertThat(merged.state()).isEqualTo(PostState.DELETED);
    assertThat(merged.mergedInto()).isEqualTo(target.id());
    DiscussionThread recounted = stores.of(DiscussionThread.KIND).get(target.id()).orElseThrow();
    assertThat(recounted.replyCount()).isEqualTo(4);
    assertThat(recounted.lastActivityAt()).isEqualTo(late.created());
    assertThat(stores.of(Reply.KIND).get(early.id()).orElseThrow())
        .satisfies(
            r -> {
              assertThat(r.threadId()).isEqualTo(target.id());
              assertThat(r.state()).isEqualTo(PostState.HIDDEN);
            });
    assertThat(stores.of(Reply.KIND).get("merged-" + duplicate.id()).orElseThrow().body())
        .isEqualTo(duplicate.body());
  }

  @Test
  void shouldMoveAThreadToAnotherCategoryOfItsNetworkAndLogFromWhereToWhere() {
    String network = "categories-" + UUID.randomUUID().toString().substring(0, 8);
    stores
        .of(Forum.KIND)
        .put(
            network,
            new Forum(
                network,
                List.of(
                    new Category(Forum.GENERAL, "General", ""),
                    new Category("falls", "Falls", "Preventing falls")),
                false,
                "helen-marsh",
                Instant.now()));
    Viewer facilitator = Viewer.member("helen-marsh", "Helen", false, Set.of(), Set.of(network));
    DiscussionThread thread = thread(network, "gwen-pryce", PostState.VISIBLE);

    ModerationEntry moved =
        actions.act(
            facilitator,
            new ActionRequest(
                "MOVE",
                thread.id(),
                null,
                null,
                null,
                "About falls",
                null,
                null,
                "falls",
                null,
                null));

    assertThat(stores.of(DiscussionThread.KIND).get(thread.id()).orElseThrow().categoryId())
        .isEqualTo("falls");
    assertThat(moved.before()).isEqualTo(Forum.GENERAL);
    assertThat(moved.after()).isEqualTo("falls");
    assertThatThrownBy(
            () ->
                actions.act(
                    facilitator,
                    new ActionRequest(
                        "MOVE",
                        thread.id(),
                        null,
                        null,
                        null,
                        "Again",
                        null,
                        null,
                        "nowhere",
                        null,
                        null)))
        .isInstanceOf(org.commonplace.platform.validation.InvalidInputException.class);
  }

  @Test
  void shouldRefuseToMoveAThreadToAnotherNetwork() {
    DiscussionThread thread = thread("gwen-pryce", PostState.VISIBLE);

    assertThatThrownBy(
            () ->
                actions.act(
                    helen,
                    new ActionRequest(
                        "MOVE",
                        thread.id(),
                        null,
                        null,
                        "access-quebec",
                        "Belongs there",
                        null,
                        null,
                        "general",
                        null,
                        null)))
        .isInstanceOfSatisfying(
            ModerationRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(ModerationRefusedException.Kind.FORBIDDEN));
    assertThat(stores.of(DiscussionThread.KIND).get(thread.id()).orElseThrow().networkId())
        .isEqualTo(NETWORK);
  }

  @Test
  void shouldHoldANewMembersPostsInAPreModeratedNetworkUntilTwoAreApproved() {
    String network = "premoderated-" + UUID.randomUUID().toString().substring(0, 8);
    stores
        .of(Forum.KIND)
        .put(network, new Forum(network, List.of(), true, "helen-marsh", Instant.now()));
    Viewer newcomer = Viewer.member("nia-evans", "Nia Evans", false, Set.of(network), Set.of());
    Viewer facilitator = Viewer.member("helen-marsh", "Helen", false, Set.of(), Set.of(network));
    DiscussionThread first = thread(network, "nia-evans", PostState.PENDING);
    DiscussionThread second = thread(network, "nia-evans", PostState.PENDING);

    assertThat(gate.admit(newcomer, network)).isEqualTo(Admission.HOLD);
    for (DiscussionThread held : List.of(first, second)) {
      actions.act(
          facilitator,
          new ActionRequest(
              "APPROVE", held.id(), null, null, null, "Welcome", null, null, null, null, null));
    }
    index.refresh();

    assertThat(gate.admit(newcomer, network)).isEqualTo(Admission.POST);
    assertThat(announced.fired)
        .extracting(PostEvent::kind)
        .containsExactly(PostEventKind.APPROVED, PostEventKind.APPROVED);
  }

  @Test
  void shouldRefuseASuspendedMemberUntilTheSuspensionIsLifted() {
    stores.of(Member.KIND).put("tom-okafor", memberRecord("tom-okafor"));
    String until =
        Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    actions.act(
        helen,
        new ActionRequest(
            "SUSPEND",
            null,
            null,
            "tom-okafor",
            NETWORK,
            "Insults",
            null,
            null,
            null,
            null,
            until));

    Admission refused = gate.admit(member("tom-okafor"), NETWORK);
    assertThat(refused.outcome()).isEqualTo(Admission.Outcome.SUSPENDED);
    assertThat(refused.suspendedUntil()).isEqualTo(Instant.parse(until));

    actions.act(
        helen,
        new ActionRequest(
            "LIFT_SUSPENSION",
            null,
            null,
            "tom-okafor",
            NETWORK,
            "Apologised",
            null,
            null,
            null,
            null,
            null));
    assertThat(gate.admit(member("tom-okafor"), NETWORK)).isEqualTo(Admission.POST);
  }

  private List<ModerationEntry> entries(String threadId) {
    index.refresh();
    return log.page(NETWORK, 1).items().stream()
        .filter(e -> threadId.equals(e.threadId()))
        .toList();
  }

  private static DiscussionThread thread(String authorId, PostState state) {
    return thread(NETWORK, authorId, state);
  }

  private static DiscussionThread thread(String network, String authorId, PostState state) {
    String id = "t-" + UUID.randomUUID();
    Instant now = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    DiscussionThread thread =
        TestPosts.thread(id, new Author(authorId, authorId, "harbourford-hospitals", null), now)
            .networkId(network)
            .title("Night falls " + id)
            .state(state)
            .build();
    stores.of(DiscussionThread.KIND).create(id, thread).orElseThrow();
    return thread;
  }

  private static Reply reply(
      DiscussionThread thread, String authorId, Instant at, PostState state) {
    String id = "r-" + UUID.randomUUID();
    Reply reply =
        TestPosts.reply(
                id,
                thread.id(),
                new Author(authorId, authorId, "harbourford-hospitals", null),
                at.truncatedTo(ChronoUnit.MILLIS))
            .networkId(thread.networkId())
            .body("Try a bed alarm " + id)
            .state(state)
            .hiddenReason(TestPosts.hiddenReason(state))
            .build();
    stores.of(Reply.KIND).create(id, reply).orElseThrow();
    return reply;
  }

  private static Viewer member(String id) {
    return Viewer.member(id, id, false, Set.of(NETWORK), Set.of());
  }

  private static Viewer facilitator(String id) {
    return Viewer.member(id, id, false, Set.of(), Set.of(NETWORK));
  }

  private static Member memberRecord(String id) {
    return new Member(
        Member.ENTITY,
        id,
        id,
        id + "@example.org",
        "harbourford-hospitals",
        null,
        List.of(),
        "",
        List.of(NETWORK),
        List.of(),
        false,
        null,
        null,
        0,
        0,
        Instant.now());
  }
}
