package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.story.entity.CaseStory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThreadReferencesTest {

  /** The lessons' fake portal (networks, members, stories, lessons), with forums. */
  private final LessonReferencesTest.FakePortal lessons = new LessonReferencesTest.FakePortal();

  private final Map<String, List<String>> categories =
      Map.of("harbourford", List.of("general", "discharge"));

  private final ThreadReferences.Portal portal =
      new ThreadReferences.Portal() {
        @Override
        public Optional<Network> network(String networkId) {
          return lessons.network(networkId);
        }

        @Override
        public Optional<Member> member(String memberId) {
          return lessons.member(memberId);
        }

        @Override
        public Optional<CaseStory> story(String storyId) {
          return lessons.story(storyId);
        }

        @Override
        public Optional<LessonImport.Known> lesson(String lessonId) {
          return lessons.lesson(lessonId);
        }

        @Override
        public List<String> categories(String networkId) {
          return categories.getOrDefault(networkId, List.of("general"));
        }
      };

  private void check(String network, String... header) {
    String text =
        "---\ntitle: A question\n"
            + String.join("\n", header)
            + (header.length == 0 ? "" : "\n")
            + "posted-by: gwen-pryce\nposted-at: 2026-01-01T00:00:00Z\n---\nWhy?\n";
    ThreadReferences.check("q.md", ThreadFile.parse(network, "q.md", text), portal);
  }

  @Test
  void shouldAcceptAThreadWhoseEveryNameExists() {
    assertThatCode(
            () ->
                check(
                    "harbourford",
                    "category: discharge",
                    "about: {story: discharge}",
                    "helpful: [helen-marsh]"))
        .doesNotThrowAnyException();
  }

  @Nested
  @DisplayName("where it is filed")
  class Where {

    @Test
    void shouldRefuseACategoryTheForumDoesNotHaveNamingThoseItHas() {
      assertThatThrownBy(() -> check("harbourford", "category: falls"))
          .hasMessageContaining(
              "no category \"falls\" (category); its categories are general," + " discharge");
    }

    @Test
    void shouldRefuseAStoryOrLessonOfAnotherNetwork() {
      assertThatThrownBy(() -> check("harbourford", "about: {story: same-week}"))
          .hasMessageContaining(
              "the story \"same-week\" (about) belongs to the network"
                  + " access-quebec, not harbourford");
      assertThatThrownBy(() -> check("harbourford", "about: {lesson: quebec-one}"))
          .hasMessageContaining("the lesson \"quebec-one\" (about) belongs to the network");
      assertThatThrownBy(() -> check("harbourford", "about: {lesson: nothing}"))
          .hasMessageContaining("there is no lesson \"nothing\" (about)");
    }

    @Test
    void shouldRefuseANetworkThatDoesNotExist() {
      assertThatThrownBy(() -> check("nowhere")).hasMessageContaining("no network \"nowhere\"");
    }
  }

  @Nested
  @DisplayName("who wrote, liked and flagged it")
  class People {

    @Test
    void shouldRefuseAnAuthorWhoIsNotAMemberOfTheNetwork() {
      assertThatThrownBy(() -> check("access-quebec"))
          .hasMessageContaining("\"gwen-pryce\" (posted-by) is not a member of the network");
    }

    @Test
    void shouldRefuseAFlaggerWhoCannotReadAMembersOnlyNetwork() {
      lessons.member("farid-benali", "access-quebec", false);
      String text =
          "---\ntitle: Q\nposted-by: amira-haddad\nposted-at: 2026-01-01T00:00:00Z\n---\nWhy?\n"
              + "\n<!-- reply\nposted-by: farid-benali\nposted-at: 2026-01-02T00:00:00Z\nflags:\n"
              + "  - {by: gwen-pryce, reason: spam, at: 2026-01-03T00:00:00Z}\n-->\n\nBuy.\n";

      assertThatThrownBy(
              () ->
                  ThreadReferences.check(
                      "q.md", ThreadFile.parse("access-quebec", "q.md", text), portal))
          .hasMessageContaining("\"gwen-pryce\" (flags) cannot read the thread");
    }

    @Test
    void shouldRefuseAMemberWhoDoesNotExist() {
      assertThatThrownBy(() -> check("harbourford", "helpful: [nobody]"))
          .hasMessageContaining("there is no member \"nobody\" (helpful)");
    }
  }

  @Nested
  @DisplayName("mentions")
  class Mentions {

    @Test
    void shouldKeepOnlyMembersWhoExistAndMayReadTheThread() {
      Network quebec = portal.network("access-quebec").orElseThrow();

      assertThat(
              ThreadReferences.mentions(
                  "Ask @amira-haddad, @gwen-pryce or @nobody (mail amira@x.org)", quebec, portal))
          .containsExactly("amira-haddad");
    }

    @Test
    void shouldStopAtFiftyMentions() {
      IntStream.range(0, 60).forEach(i -> lessons.member("m" + i, "harbourford", false));
      String body = IntStream.range(0, 60).mapToObj(i -> "@m" + i).collect(Collectors.joining(" "));

      assertThat(
              ThreadReferences.mentions(body, portal.network("harbourford").orElseThrow(), portal))
          .hasSize(50)
          .startsWith("m0", "m1");
    }
  }
}
