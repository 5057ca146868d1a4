package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seed discussions in content/threads keep the promises of the seed: discussions in every demo
 * network under its own categories, answered questions, a thread promoted into a lesson, flagged
 * posts waiting in the review queue (one hidden for patient information), a French discussion in
 * the Quebec partnership, many organisations and roles, threads on a story and on a lesson; and
 * every file is canonical and names only what the portal will hold, checked as the import checks.
 */
class SeedDiscussionsTest {

  private static final Path CONTENT = Path.of("content");

  private static Map<String, Member> members;
  private static Map<String, Network> networks;
  private static Map<String, CaseStory> stories;
  private static Map<String, LessonFile> lessons;
  private static Map<String, ForumFile> forums;
  private static Map<String, ThreadFile> threads;
  private static Map<String, String> texts;

  @BeforeAll
  static void readContent() throws IOException {
    members = new HashMap<>();
    for (MemberSeed seed :
        MemberRows.parse("members.csv", Files.readString(CONTENT.resolve("members.csv")))) {
      Member member = Member.create(seed.id(), seed.profile(), seed.email(), Instant.EPOCH);
      for (Map.Entry<String, NetworkRole> role : seed.networks().entrySet()) {
        member = member.withRole(role.getKey(), role.getValue());
      }
      members.put(member.id(), member);
    }
    networks = new HashMap<>();
    for (Path file : files(CONTENT.resolve("networks"), ".md")) {
      Network network =
          NetworkFile.parse(file.getFileName().toString(), Files.readString(file), Instant.EPOCH);
      networks.put(network.id(), network);
    }
    stories = new HashMap<>();
    Path storyFolder = CONTENT.resolve("stories");
    for (Path file : files(storyFolder, ".md")) {
      StoryFile story =
          StoryFile.parse(
              file.getFileName().toString(),
              Files.readString(file),
              ContentImporter.csv(storyFolder));
      stories.put(story.id(), CaseStory.create(story.id(), story.draft(), Instant.EPOCH));
    }
    lessons = new HashMap<>();
    for (Path file : files(CONTENT.resolve("lessons"), ".md")) {
      LessonFile lesson = LessonFile.parse(file.getFileName().toString(), Files.readString(file));
      lessons.put(lesson.id(), lesson);
    }
    forums = new HashMap<>();
    threads = new HashMap<>();
    texts = new HashMap<>();
    for (Path folder : ContentImporter.networkFolders(CONTENT.resolve("threads"))) {
      String network = folder.getFileName().toString();
      Path forum = folder.resolve(ForumFile.NAME);
      if (Files.isRegularFile(forum)) {
        forums.put(network, ForumFile.parse(network, ForumFile.NAME, Files.readString(forum)));
      }
      for (Path file : files(folder, ".md")) {
        String text = Files.readString(file);
        ThreadFile thread = ThreadFile.parse(network, file.getFileName().toString(), text);
        assertThat(threads.put(thread.id(), thread)).as("thread id %s once", thread.id()).isNull();
        texts.put(thread.id(), text);
      }
    }
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** The portal after the import of content/, as far as a thread file names it. */
  private static final ThreadReferences.Portal PORTAL =
      new ThreadReferences.Portal() {
        @Override
        public Optional<Network> network(String networkId) {
          return Optional.ofNullable(networks.get(networkId));
        }

        @Override
        public Optional<Member> member(String memberId) {
          return Optional.ofNullable(members.get(memberId));
        }

        @Override
        public Optional<CaseStory> story(String storyId) {
          return Optional.ofNullable(stories.get(storyId));
        }

        @Override
        public Optional<LessonImport.Known> lesson(String lessonId) {
          return Optional.ofNullable(lessons.get(lessonId))
              .map(l -> new LessonImport.Known(l.networkId(), l.state()));
        }

        @Override
        public List<String> categories(String networkId) {
          return forums.get(networkId).categoryIds();
        }
      };

  private static Stream<ThreadFile.Post> posts() {
    return threads.values().stream()
        .flatMap(t -> Stream.concat(Stream.of(t.opening()), t.replies().stream()));
  }

  private static Function<String, Author> authors() {
    return id -> {
      Member m = members.get(id);
      return new Author(m.id(), m.name(), m.organisationId(), m.stakeholderRole());
    };
  }

  @Nested
  @DisplayName("every file")
  class EveryFile {

    @Test
    void shouldBeInTheCanonicalFormTheWriterGives() {
      SoftAssertions soft = new SoftAssertions();
      threads.forEach(
          (id, thread) ->
              soft.assertThat(ThreadFileWriter.write(thread)).as(id).isEqualTo(texts.get(id)));
      soft.assertAll();
    }

    @Test
    void shouldNameOnlyWhatThePortalHoldsAsTheImportChecks() {
      SoftAssertions soft = new SoftAssertions();
      threads.forEach(
          (id, thread) ->
              soft.assertThatCode(() -> ThreadReferences.check(id + ".md", thread, PORTAL))
                  .as(id)
                  .doesNotThrowAnyException());
      soft.assertAll();
    }

    @Test
    void shouldGiveEveryDemoNetworkAForumWithCategoriesAndDiscussions() {
      assertThat(forums.keySet()).containsExactlyInAnyOrderElementsOf(networks.keySet());
      for (String network : networks.keySet()) {
        assertThat(forums.get(network).categories()).as(network).hasSizeGreaterThan(1);
        assertThat(threads.values().stream().filter(t -> t.networkId().equals(network)))
            .as(network)
            .hasSizeGreaterThanOrEqualTo(3);
      }
    }
  }

  @Nested
  @DisplayName("what the seed promises")
  class Promises {

    @Test
    void shouldHoldAnsweredQuestionsInEveryNetwork() {
      for (String network : networks.keySet()) {
        assertThat(
                threads.values().stream()
                    .filter(t -> t.networkId().equals(network) && t.accepted() != null))
            .as(network)
            .isNotEmpty();
      }
    }

    @Test
    void shouldHoldAThreadPromotedIntoALessonOfItsNetwork() {
      List<String> promoted = new ArrayList<>();
      for (LessonFile lesson : lessons.values()) {
        for (LessonFile.Link link : lesson.basis()) {
          if (link.isThread()) {
            assertThat(threads).containsKey(link.threadId());
            assertThat(threads.get(link.threadId()).networkId()).isEqualTo(lesson.networkId());
            promoted.add(link.threadId());
          }
        }
      }
      assertThat(promoted).isNotEmpty();
    }

    @Test
    void shouldPutFlaggedPostsInTheReviewQueueOneHiddenForPatientInformation() {
      List<Flag> flags = threads.values().stream().flatMap(t -> t.toFlags().stream()).toList();
      List<Reply> hidden =
          threads.values().stream()
              .flatMap(t -> t.toReplies(authors(), body -> List.of()).stream())
              .filter(r -> r.state() == PostState.HIDDEN)
              .toList();

      assertThat(flags).hasSizeGreaterThanOrEqualTo(3);
      assertThat(flags.stream().map(Flag::networkId).distinct()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(hidden)
          .extracting(Reply::hiddenReason)
          .contains(FlagReason.PATIENT_INFORMATION.name());
      assertThat(flags.stream().filter(f -> !f.reason().hidesAtOnce())).isNotEmpty();
    }

    @Test
    void shouldHoldAFrenchDiscussionInTheQuebecPartnership() {
      assertThat(
              threads.values().stream()
                  .filter(t -> t.networkId().equals("access-quebec"))
                  .filter(t -> t.language() == Language.FR))
          .isNotEmpty();
    }

    @Test
    void shouldHearMembersOfSeveralOrganisationsAndRoles() {
      Set<String> posters = posts().map(ThreadFile.Post::postedBy).collect(Collectors.toSet());

      assertThat(posters.stream().map(id -> members.get(id).organisationId()).distinct())
          .hasSizeGreaterThanOrEqualTo(8);
      assertThat(posters.stream().map(id -> members.get(id).stakeholderRole()).distinct())
          .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldDiscussAStoryAndALesson() {
      assertThat(threads.values().stream().filter(t -> t.about() != null))
          .extracting(t -> t.about().kind())
          .contains(AboutKind.STORY, AboutKind.LESSON);
    }

    @Test
    void shouldLeaveAQuestionUnansweredForTheFacilitatorsDashboard() {
      assertThat(
              threads.values().stream()
                  .filter(
                      t ->
                          t.accepted() == null
                              && t.replies().stream()
                                  .allMatch(r -> r.postedBy().equals(t.opening().postedBy()))))
          .isNotEmpty();
    }
  }
}
