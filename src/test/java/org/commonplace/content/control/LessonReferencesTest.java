package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryDrafts;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LessonReferencesTest {

  /** A small portal: an open network, a members-only one, their members, stories and lessons. */
  static final class FakePortal implements LessonReferences.Portal {
    final Map<String, Network> networks = new HashMap<>();
    final Map<String, Member> members = new HashMap<>();
    final Map<String, CaseStory> stories = new HashMap<>();
    final Map<String, List<String>> aims = new HashMap<>();
    final Map<String, LessonImport.Known> lessons = new HashMap<>();
    final Map<String, String> threads = new HashMap<>(Map.of("ask-gps", "harbourford"));

    FakePortal() {
      network("harbourford", NetworkVisibility.OPEN);
      network("access-quebec", NetworkVisibility.MEMBERS_ONLY);
      member("helen-marsh", "harbourford", true);
      member("gwen-pryce", "harbourford", false);
      member("amira-haddad", "access-quebec", false);
      story("discharge", "harbourford", 2, StoryStatus.PUBLISHED, "gwen-pryce");
      story("same-week", "access-quebec", 0, StoryStatus.PUBLISHED, "amira-haddad");
      story("draft-of-tom", "harbourford", 0, StoryStatus.DRAFT, "tom-ashworth");
      aims.put("harbourford", List.of("timely-discharge"));
      lessons.put("retired-one", new LessonImport.Known("harbourford", LessonState.RETIRED));
      lessons.put("quebec-one", new LessonImport.Known("access-quebec", LessonState.VALIDATED));
      lessons.put("newer", new LessonImport.Known("harbourford", LessonState.VALIDATED));
    }

    @Override
    public Optional<String> threadNetwork(String threadId) {
      return Optional.ofNullable(threads.get(threadId));
    }

    void network(String id, NetworkVisibility visibility) {
      networks.put(
          id, Network.of(id, id, NetworkKind.PLACE_BASED, "", "", visibility, Instant.EPOCH));
    }

    void member(String id, String network, boolean facilitator) {
      members.put(
          id,
          new Member(
              Member.ENTITY,
              id,
              id,
              id + "@example.org",
              "org-of-" + id,
              StakeholderRole.CLINICIAN,
              List.of(),
              "",
              List.of(network),
              facilitator ? List.of(network) : List.of(),
              false,
              null,
              null,
              0,
              0,
              Instant.EPOCH));
    }

    void story(String id, String network, int cycles, StoryStatus status, String author) {
      StoryDraft draft = StoryDrafts.titled("Story " + id);
      draft.setNetworkId(network);
      draft.setAuthorId(author);
      draft.setCycles(
          java.util.stream.IntStream.range(0, cycles)
              .mapToObj(i -> new PdsaCycle("Change " + i, "", null, null, "", "", null, List.of()))
              .toList());
      stories.put(id, CaseStory.create(id, draft, Instant.EPOCH, status));
    }

    @Override
    public Optional<Network> network(String networkId) {
      return Optional.ofNullable(networks.get(networkId));
    }

    @Override
    public Optional<Member> member(String memberId) {
      return Optional.ofNullable(members.get(memberId));
    }

    @Override
    public boolean organisationExists(String organisationId) {
      return organisationId.startsWith("org-of-");
    }

    @Override
    public Optional<CaseStory> story(String storyId) {
      return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public List<String> aims(String networkId) {
      return aims.getOrDefault(networkId, List.of());
    }

    @Override
    public Optional<LessonImport.Known> lesson(String lessonId) {
      return Optional.ofNullable(lessons.get(lessonId));
    }
  }

  private final FakePortal portal = new FakePortal();

  private static String file(String network, String... more) {
    return "---\nstatement: Huddle first.\nnetwork: "
        + network
        + "\nproposed-by: gwen-pryce\nproposed-at: 2016-01-01T00:00:00Z\n"
        + String.join("\n", more)
        + (more.length == 0 ? "" : "\n")
        + "---\n";
  }

  private void check(String text) {
    LessonReferences.check(
        "lessons/huddle.md", LessonFile.parse("lessons/huddle.md", text), portal);
  }

  private static final String[] VALIDATED_BY_GWEN = {
    "state: validated",
    "validated-by: gwen-pryce",
    "validated-at: 2016-02-01T00:00:00Z",
    "validation-note: Fine.",
    "evidence: anecdote"
  };

  @Test
  void shouldAcceptALessonWhoseEveryIdExists() {
    assertThatCode(
            () ->
                check(
                    file(
                        "harbourford",
                        "basis: [{story: discharge, cycle: 2}]",
                        "aims: [timely-discharge]",
                        "adapted-from: quebec-one")))
        .doesNotThrowAnyException();
  }

  @Nested
  @DisplayName("who did what")
  class People {

    @Test
    void shouldRefuseANetworkThatDoesNotExist() {
      assertThatThrownBy(() -> check(file("nowhere")))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("lessons/huddle.md, line 3: there is no network \"nowhere\"");
    }

    @Test
    void shouldRefuseAProposerFromAnotherNetwork() {
      assertThatThrownBy(() -> check(file("access-quebec")))
          .hasMessageContaining("member \"gwen-pryce\" (proposed-by) is not a member");
    }

    @Test
    void shouldRefuseAValidationByAMemberWhoDoesNotFacilitateTheNetwork() {
      assertThatThrownBy(() -> check(file("harbourford", VALIDATED_BY_GWEN)))
          .hasMessageContaining("line 7")
          .hasMessageContaining("\"gwen-pryce\" (validated-by) does not facilitate the network");
    }

    @Test
    void shouldAcceptAValidationByTheNetworksFacilitator() {
      String[] byHelen = VALIDATED_BY_GWEN.clone();
      byHelen[1] = "validated-by: helen-marsh";

      assertThatCode(() -> check(file("harbourford", byHelen))).doesNotThrowAnyException();
    }
  }

  @Nested
  @DisplayName("what it is based on")
  class Basis {

    @Test
    void shouldRefuseAStoryThatDoesNotExist() {
      assertThatThrownBy(() -> check(file("harbourford", "basis: [{story: gone}]")))
          .hasMessageContaining("there is no story \"gone\"");
    }

    @Test
    void shouldRefuseACycleTheStoryDoesNotHave() {
      assertThatThrownBy(() -> check(file("harbourford", "basis: [{story: discharge, cycle: 3}]")))
          .hasMessageContaining("has 2 PDSA cycles, so there is no cycle 3");
    }

    @Test
    void shouldRefuseAMembersOnlyStoryTheProposerCannotRead() {
      assertThatThrownBy(() -> check(file("harbourford", "basis: [{story: same-week}]")))
          .hasMessageContaining("\"same-week\" (basis) is in a members-only network");
    }

    @Test
    void shouldRefuseSomeoneElsesDraft() {
      assertThatThrownBy(() -> check(file("harbourford", "basis: [{story: draft-of-tom}]")))
          .hasMessageContaining("draft-of-tom");
    }

    @Test
    void shouldAcceptAThreadOfTheLessonsNetwork() {
      assertThatCode(() -> check(file("harbourford", "basis: [{thread: ask-gps}]")))
          .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAThreadThatDoesNotExistOrIsInAnotherNetwork() {
      portal.threads.put("quebec-thread", "access-quebec");

      assertThatThrownBy(() -> check(file("harbourford", "basis: [{thread: gone}]")))
          .hasMessageContaining("there is no thread \"gone\" (basis)");
      assertThatThrownBy(() -> check(file("harbourford", "basis: [{thread: quebec-thread}]")))
          .hasMessageContaining("\"quebec-thread\" (basis) belongs to the network access-quebec");
    }

    @Test
    void shouldRefuseALinkNamingBothAThreadAndAStory() {
      assertThatThrownBy(
              () -> check(file("harbourford", "basis: [{thread: ask-gps, story: discharge}]")))
          .hasMessageContaining("either {story: ID}");
    }

    @Test
    void shouldRefuseAnAimTheNarrativeDoesNotHaveNamingTheAimsItHas() {
      assertThatThrownBy(() -> check(file("harbourford", "aims: [world-peace]")))
          .hasMessageContaining("no aim \"world-peace\" (aims); its aims are timely-discharge");
    }
  }

  @Nested
  @DisplayName("other lessons and applications")
  class Others {

    private static final String[] RETIRED = {
      "state: retired",
      "retired-by: helen-marsh",
      "retired-at: 2016-02-01T00:00:00Z",
      "retired-reason: Did not hold."
    };

    private String retiredReplacedBy(String lesson) {
      String[] lines = java.util.Arrays.copyOf(RETIRED, RETIRED.length + 1);
      lines[RETIRED.length] = "replaced-by: " + lesson;
      return file("harbourford", lines);
    }

    @Test
    void shouldRefuseAReplacementThatIsRetiredOrElsewhereOrMissing() {
      assertThatThrownBy(() -> check(retiredReplacedBy("retired-one")))
          .hasMessageContaining("is retired itself");
      assertThatThrownBy(() -> check(retiredReplacedBy("quebec-one")))
          .hasMessageContaining("belongs to another network");
      assertThatThrownBy(() -> check(retiredReplacedBy("nothing")))
          .hasMessageContaining("there is no lesson \"nothing\" (replaced-by)");
      assertThatCode(() -> check(retiredReplacedBy("newer"))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnAdaptationOfALessonThatDoesNotExist() {
      assertThatThrownBy(() -> check(file("harbourford", "adapted-from: nothing")))
          .hasMessageContaining("there is no lesson \"nothing\" (adapted-from)");
    }

    @Test
    void shouldRefuseAnApplicationOfAMembersOnlyLessonBySomeoneOutsideIt() {
      String text =
          file(
                  "access-quebec",
                  "applications:",
                  "  - {member: gwen-pryce, organisation: org-of-gwen-pryce,"
                      + " applied-on: 2016-03-01, outcome: worked}")
              .replace("proposed-by: gwen-pryce", "proposed-by: amira-haddad");

      assertThatThrownBy(() -> check(text))
          .hasMessageContaining("line 7")
          .hasMessageContaining("member \"gwen-pryce\" cannot read this lesson");
    }

    @Test
    void shouldAcceptAnApplicationOfAnOpenLessonFromAnotherNetworkButNotAnUnknownOrganisation() {
      String text =
          file(
              "harbourford",
              "applications:",
              "  - {member: amira-haddad, organisation: org-of-amira-haddad,"
                  + " applied-on: 2016-03-01, outcome: worked}",
              "  - {member: amira-haddad, organisation: nowhere-inc,"
                  + " applied-on: 2016-03-01, outcome: partly}");

      assertThatThrownBy(() -> check(text))
          .satisfies(
              e ->
                  assertThat(((MalformedContentException) e).problems())
                      .containsExactly(
                          "lessons/huddle.md, line 8: there is no organisation \"nowhere-inc\""
                              + " (organisation)"));
    }
  }
}
