package org.commonplace.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.TestPosts;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.notification.entity.NotificationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Who hears of a post")
class PostAudiencesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final Author GWEN = new Author("gwen-pryce", "Gwen Pryce", "hbf", null);
  private static final Author OWEN = new Author("owen-reed", "Owen Reed", "hbf", null);

  private final Map<String, Set<String>> followsByTarget = new HashMap<>();
  private final Map<String, Set<String>> tellersByStory = new HashMap<>();
  private final Set<String> readers =
      new java.util.HashSet<>(Set.of("gwen-pryce", "owen-reed", "ana", "ben", "cleo", "dev"));

  private final BiFunction<FollowTarget, String, Set<String>> followers =
      (kind, id) -> followsByTarget.getOrDefault(kind + ":" + id, Set.of());

  static DiscussionThread thread(PostState state, List<String> tags, About about) {
    return TestPosts.thread("t1", GWEN, NOW)
        .attachedTo(about)
        .body("Body")
        .tags(tags)
        .state(state)
        .build();
  }

  static Reply reply(String id, Author by, PostState state, List<String> mentions) {
    return TestPosts.reply(id, "t1", by, NOW)
        .body("Reply")
        .mentionIds(mentions)
        .state(state)
        .build();
  }

  static PostEvent event(PostEventKind kind, String replyId, Author actor, List<String> mentions) {
    return new PostEvent(
        kind, "harbourford", "t1", replyId, actor.id(), actor.name(), GWEN.id(), mentions);
  }

  private Map<String, NotificationKind> told(
      PostEvent event, DiscussionThread thread, Optional<Reply> reply) {
    return PostAudiences.of(
            event, thread, reply, followers, id -> tellersByStory.getOrDefault(id, Set.of()))
        .map(p -> p.audience().recipients(p.actors(), readers::contains))
        .orElse(Map.of());
  }

  @Nested
  @DisplayName("a reply")
  class AReply {

    @Test
    void shouldTellTheThreadsFollowersButNotTheReplier() {
      followsByTarget.put("THREAD:t1", Set.of("gwen-pryce", "owen-reed", "ana"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, List.of()),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of())));

      assertThat(told)
          .containsOnly(
              Map.entry("gwen-pryce", NotificationKind.REPLY),
              Map.entry("ana", NotificationKind.REPLY));
    }

    @Test
    void shouldTellAMentionedFollowerOnceAsAMention() {
      followsByTarget.put("THREAD:t1", Set.of("ana", "ben"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, List.of("ana", "cleo")),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of("ana", "cleo"))));

      assertThat(told)
          .containsOnly(
              Map.entry("ana", NotificationKind.MENTION),
              Map.entry("ben", NotificationKind.REPLY),
              Map.entry("cleo", NotificationKind.MENTION));
    }

    @Test
    void shouldNeverTellAMentionedMemberWhoMayNotReadTheThread() {
      readers.remove("cleo");
      followsByTarget.put("THREAD:t1", Set.of("cleo"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, List.of("cleo", "ana")),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of("cleo", "ana"))));

      assertThat(told).containsOnlyKeys("ana");
    }

    @Test
    void shouldNotTellTheMemberWhoMentionsThemself() {
      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, List.of("owen-reed")),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of("owen-reed"))));

      assertThat(told).isEmpty();
    }

    @Test
    void shouldTellNobodyOfAReplyWaitingForApproval() {
      followsByTarget.put("THREAD:t1", Set.of("ana"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, List.of("ben")),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.PENDING, List.of("ben"))));

      assertThat(told).isEmpty();
    }

    @Test
    void shouldTellFollowersOnceApprovedButNeitherItsAuthorNorTheFacilitator() {
      followsByTarget.put("THREAD:t1", Set.of("ana", "owen-reed", "dev"));
      Author facilitator = new Author("dev", "Dev", "hbf", null);

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.APPROVED, "r1", facilitator, List.of()),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of())));

      assertThat(told).containsOnly(Map.entry("ana", NotificationKind.REPLY));
    }

    @Test
    void shouldCutAMentionListAtFifty() {
      List<String> many =
          java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "m" + i).toList();
      readers.addAll(many);

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.REPLIED, "r1", OWEN, many),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, many)));

      assertThat(told).hasSize(Audience.MENTION_LIMIT).containsKeys("m0", "m49");
    }
  }

  @Nested
  @DisplayName("a new thread")
  class ANewThread {

    @Test
    void shouldTellFollowersOfItsCategoryNetworkTagsAndStoryOnceEach() {
      followsByTarget.put("CATEGORY:harbourford/general", Set.of("ana"));
      followsByTarget.put("NETWORK:harbourford", Set.of("ana", "ben"));
      followsByTarget.put("TAG:falls", Set.of("cleo"));
      followsByTarget.put("STORY:s1", Set.of("dev"));
      tellersByStory.put("s1", Set.of("owen-reed"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.THREAD_STARTED, null, GWEN, List.of()),
              thread(PostState.VISIBLE, List.of("Falls"), new About(AboutKind.STORY, "s1")),
              Optional.empty());

      assertThat(told)
          .containsOnlyKeys("ana", "ben", "cleo", "dev", "owen-reed")
          .containsValue(NotificationKind.NEW_THREAD)
          .doesNotContainValue(NotificationKind.REPLY);
    }

    @Test
    void shouldNotTellTheThreadsFollowersOfTheOpeningPost() {
      followsByTarget.put("THREAD:t1", Set.of("ana"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.THREAD_STARTED, null, GWEN, List.of()),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.empty());

      assertThat(told).isEmpty();
    }
  }

  @Nested
  @DisplayName("an accepted answer")
  class AnAcceptedAnswer {

    @Test
    void shouldTellTheRepliesAuthorOnly() {
      followsByTarget.put("THREAD:t1", Set.of("ana"));

      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.ANSWER_ACCEPTED, "r1", GWEN, List.of()),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", OWEN, PostState.VISIBLE, List.of())));

      assertThat(told).containsOnly(Map.entry("owen-reed", NotificationKind.ANSWER_ACCEPTED));
    }

    @Test
    void shouldTellNobodyWhenTheAskerAcceptsTheirOwnReply() {
      Map<String, NotificationKind> told =
          told(
              event(PostEventKind.ANSWER_ACCEPTED, "r1", GWEN, List.of()),
              thread(PostState.VISIBLE, List.of(), null),
              Optional.of(reply("r1", GWEN, PostState.VISIBLE, List.of())));

      assertThat(told).isEmpty();
    }
  }
}
