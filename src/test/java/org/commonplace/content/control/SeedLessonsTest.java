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
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seed lessons and narratives in content/ parse, are written in the canonical form, name only
 * what exists (members, organisations, stories and their cycles, aims, other lessons), and keep the
 * rules the import checks against the portal: facilitators validate and retire, leaders endorse for
 * their own organisation, members-only lessons are applied only by their network's members.
 */
class SeedLessonsTest {

  private static final Path CONTENT = Path.of("content");

  private static Map<String, MemberSeed> members;
  private static Set<String> organisations;
  private static Map<String, Network> networks;
  private static Map<String, StoryFile> stories;
  private static Map<String, List<NarrativeFile>> narratives;
  private static Map<String, LessonFile> lessons;
  private static Map<String, String> lessonTexts;

  @BeforeAll
  static void readContent() throws IOException {
    members =
        MemberRows.parse("members.csv", Files.readString(CONTENT.resolve("members.csv"))).stream()
            .collect(Collectors.toMap(MemberSeed::id, Function.identity()));
    organisations =
        OrganisationRows.parse(
                "organisations.csv",
                Files.readString(CONTENT.resolve("organisations.csv")),
                Instant.EPOCH)
            .stream()
            .map(Organisation::id)
            .collect(Collectors.toSet());
    networks = new HashMap<>();
    for (Path file : files(CONTENT.resolve("networks"))) {
      Network network =
          NetworkFile.parse(file.getFileName().toString(), Files.readString(file), Instant.EPOCH);
      networks.put(network.id(), network);
    }
    stories = new HashMap<>();
    Path storyFolder = CONTENT.resolve("stories");
    for (Path file : files(storyFolder)) {
      StoryFile story =
          StoryFile.parse(
              file.getFileName().toString(),
              Files.readString(file),
              ContentImporter.csv(storyFolder));
      stories.put(story.id(), story);
    }
    narratives = new HashMap<>();
    for (Path folder : ContentImporter.networkFolders(CONTENT.resolve("narratives"))) {
      String network = folder.getFileName().toString();
      narratives.put(network, NarrativeFileReader.read(network, ContentImporter.versions(folder)));
    }
    lessons = new HashMap<>();
    lessonTexts = new HashMap<>();
    for (Path file : files(CONTENT.resolve("lessons"))) {
      String text = Files.readString(file);
      LessonFile lesson = LessonFile.parse(file.getFileName().toString(), text);
      lessons.put(lesson.id(), lesson);
      lessonTexts.put(lesson.id(), text);
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static final LessonFile.Names IDS =
      new LessonFile.Names() {
        @Override
        public String member(String memberId) {
          return memberId;
        }

        @Override
        public String organisation(String organisationId) {
          return organisationId;
        }

        @Override
        public String story(String storyId) {
          return storyId;
        }

        @Override
        public String thread(String threadId) {
          return threadId;
        }
      };

  private static Lesson lesson(LessonFile file) {
    return file.toLesson(IDS);
  }

  private static boolean role(String member, String network, NetworkRole... roles) {
    MemberSeed seed = members.get(member);
    return seed != null && List.of(roles).contains(seed.networks().get(network));
  }

  @Nested
  @DisplayName("the seed lessons")
  class Lessons {

    @Test
    void shouldBeAtLeastSixtyOverTheFourNetworksMostlyValidated() {
      Map<String, Long> perNetwork =
          lessons.values().stream()
              .collect(Collectors.groupingBy(LessonFile::networkId, Collectors.counting()));
      Map<LessonState, Long> perState =
          lessons.values().stream()
              .collect(Collectors.groupingBy(LessonFile::state, Collectors.counting()));

      assertThat(lessons).hasSizeGreaterThanOrEqualTo(60);
      assertThat(perNetwork.keySet()).containsExactlyInAnyOrderElementsOf(networks.keySet());
      assertThat(perState.get(LessonState.VALIDATED)).isGreaterThan(lessons.size() / 2L);
      assertThat(perState.get(LessonState.PROPOSED)).isPositive();
      assertThat(perState.get(LessonState.RETIRED)).isBetween(3L, 5L);
    }

    @Test
    void shouldBeInFrenchInQuebecPartlyInNewBrunswickAndInEnglishElsewhere() {
      SoftAssertions soft = new SoftAssertions();
      for (LessonFile lesson : lessons.values()) {
        switch (lesson.networkId()) {
          case "access-quebec" ->
              soft.assertThat(lesson.language()).as(lesson.id()).isEqualTo(Language.FR);
          case "harbourford", "northvale-mental-health" ->
              soft.assertThat(lesson.language()).as(lesson.id()).isEqualTo(Language.EN);
          default -> {}
        }
      }
      soft.assertThat(
              lessons.values().stream()
                  .filter(l -> l.networkId().equals("access-new-brunswick"))
                  .map(LessonFile::language)
                  .distinct())
          .containsExactlyInAnyOrder(Language.EN, Language.FR);
      soft.assertAll();
    }

    @Test
    void shouldBeWrittenInTheCanonicalForm() {
      SoftAssertions soft = new SoftAssertions();
      lessons.forEach(
          (id, file) ->
              soft.assertThat(LessonFileWriter.write(lesson(file)))
                  .as(id)
                  .isEqualTo(lessonTexts.get(id)));
      soft.assertAll();
    }

    @Test
    void shouldBeProposedByMembersAndValidatedAndRetiredByTheNetworksFacilitator() {
      SoftAssertions soft = new SoftAssertions();
      for (LessonFile l : lessons.values()) {
        soft.assertThat(
                role(l.proposedBy(), l.networkId(), NetworkRole.MEMBER, NetworkRole.FACILITATOR))
            .as("%s proposed by %s", l.id(), l.proposedBy())
            .isTrue();
        if (l.validatedBy() != null) {
          soft.assertThat(role(l.validatedBy(), l.networkId(), NetworkRole.FACILITATOR))
              .as("%s validated by %s", l.id(), l.validatedBy())
              .isTrue();
        }
        if (l.retiredBy() != null) {
          soft.assertThat(role(l.retiredBy(), l.networkId(), NetworkRole.FACILITATOR))
              .as("%s retired by %s", l.id(), l.retiredBy())
              .isTrue();
        }
      }
      soft.assertAll();
    }

    @Test
    void shouldBeBasedOnStoriesAndCyclesThatExistAndTheProposerMayRead() {
      SoftAssertions soft = new SoftAssertions();
      for (LessonFile l : lessons.values()) {
        for (LessonFile.Link link : l.basis()) {
          if (link.isThread()) {
            continue; // SeedDiscussionsTest checks threads
          }
          StoryFile story = stories.get(link.storyId());
          soft.assertThat(story).as("%s: story %s", l.id(), link.storyId()).isNotNull();
          if (story == null) {
            continue;
          }
          soft.assertThat(story.status()).as(link.storyId()).isEqualTo(StoryStatus.PUBLISHED);
          boolean readable =
              members.get(l.proposedBy()).networks().containsKey(story.draft().getNetworkId())
                  || !networks.get(story.draft().getNetworkId()).isMembersOnly();
          soft.assertThat(readable).as("%s may read %s", l.proposedBy(), link.storyId()).isTrue();
          if (link.cycle() != null) {
            soft.assertThat(link.cycle())
                .as("%s: cycle %s of %s", l.id(), link.cycle(), link.storyId())
                .isLessThanOrEqualTo(story.draft().getCycles().size());
          }
        }
      }
      soft.assertAll();
    }

    @Test
    void shouldNameAimsOfTheNetworksCurrentNarrative() {
      SoftAssertions soft = new SoftAssertions();
      for (LessonFile l : lessons.values()) {
        List<NarrativeFile> versions = narratives.get(l.networkId());
        Set<String> aims =
            versions.get(versions.size() - 1).aims().stream()
                .map(Aim::id)
                .collect(Collectors.toSet());
        soft.assertThat(aims).as(l.id()).containsAll(l.aimIds());
      }
      soft.assertAll();
    }

    @Test
    void shouldReplaceAndAdaptOnlyLessonsThatExistWhereTheRulesAllow() {
      SoftAssertions soft = new SoftAssertions();
      long adaptedAcross = 0;
      for (LessonFile l : lessons.values()) {
        if (l.replacedBy() != null) {
          LessonFile replacement = lessons.get(l.replacedBy());
          soft.assertThat(replacement).as(l.id() + " replaced by").isNotNull();
          if (replacement != null) {
            soft.assertThat(replacement.networkId()).as(l.id()).isEqualTo(l.networkId());
            soft.assertThat(replacement.state()).as(l.id()).isNotEqualTo(LessonState.RETIRED);
          }
        }
        if (l.adaptedFrom() != null) {
          LessonFile original = lessons.get(l.adaptedFrom());
          soft.assertThat(original).as(l.id() + " adapted from").isNotNull();
          if (original != null) {
            soft.assertThat(original.proposedAt()).as(l.id()).isBefore(l.proposedAt());
            soft.assertThat(
                    members.get(l.proposedBy()).networks().containsKey(original.networkId())
                        || !networks.get(original.networkId()).isMembersOnly())
                .as("%s may read %s", l.proposedBy(), original.id())
                .isTrue();
            if (!original.networkId().equals(l.networkId())) {
              adaptedAcross++;
            }
          }
        }
      }
      soft.assertThat(adaptedAcross)
          .as("lessons adapted from another network")
          .isGreaterThanOrEqualTo(4);
      soft.assertThat(lessons.values().stream().filter(l -> l.replacedBy() != null).count())
          .as("retired lessons with a replacement")
          .isGreaterThanOrEqualTo(2);
      soft.assertAll();
    }

    @Test
    void shouldBeAppliedByMembersWhoMayReadThemFromSeveralNetworksWithVariedOutcomes() {
      SoftAssertions soft = new SoftAssertions();
      Set<String> applyingNetworks = new java.util.HashSet<>();
      Set<Object> outcomes = new java.util.HashSet<>();
      for (LessonFile l : lessons.values()) {
        for (LessonFile.Applied a : l.applications()) {
          MemberSeed member = members.get(a.member());
          soft.assertThat(member).as("%s: member %s", l.id(), a.member()).isNotNull();
          soft.assertThat(organisations).as(l.id()).contains(a.organisation());
          if (member == null) {
            continue;
          }
          soft.assertThat(a.organisation())
              .as("%s: %s applies for their own organisation", l.id(), a.member())
              .isEqualTo(member.profile().getOrganisationId());
          soft.assertThat(
                  member.networks().containsKey(l.networkId())
                      || !networks.get(l.networkId()).isMembersOnly())
              .as("%s may read %s", a.member(), l.id())
              .isTrue();
          if (!member.networks().containsKey(l.networkId())) {
            applyingNetworks.addAll(member.networks().keySet());
          }
          outcomes.add(a.outcome());
        }
      }
      soft.assertThat(applyingNetworks)
          .as("networks applying others' lessons")
          .hasSizeGreaterThanOrEqualTo(2);
      soft.assertThat(outcomes).hasSize(3);
      soft.assertThat(
              lessons.values().stream().map(SeedLessonsTest::lesson).filter(Lesson::flagged))
          .as("flagged lessons")
          .isNotEmpty();
      soft.assertAll();
    }
  }

  /**
   * Export, import into an empty portal, export: the records pass through the store's JSON between
   * the two exports, so each seed file goes to its record, through that JSON, and back to the same
   * bytes.
   */
  @Nested
  @DisplayName("going through the store and back")
  class RoundTrip {

    private static <T> T stored(T value, Class<T> type) {
      return DocumentJson.jsonb().fromJson(DocumentJson.jsonb().toJson(value), type);
    }

    @Test
    void shouldExportEveryLessonAsTheSameBytesAfterStoringIt() {
      SoftAssertions soft = new SoftAssertions();
      lessons.forEach(
          (id, file) ->
              soft.assertThat(LessonFileWriter.write(stored(lesson(file), Lesson.class)))
                  .as(id)
                  .isEqualTo(lessonTexts.get(id)));
      soft.assertAll();
    }

    @Test
    void shouldExportEveryNarrativeVersionAsTheSameBytesAfterStoringIt() throws IOException {
      SoftAssertions soft = new SoftAssertions();
      for (Map.Entry<String, List<NarrativeFile>> narrative : narratives.entrySet()) {
        SortedMap<Integer, String> texts =
            ContentImporter.versions(CONTENT.resolve("narratives").resolve(narrative.getKey()));
        for (NarrativeFile v : narrative.getValue()) {
          List<Endorsement> endorsements = new ArrayList<>();
          for (NarrativeFile.Endorsed e : v.endorsements()) {
            endorsements.add(
                stored(
                    new Endorsement(
                        Endorsement.idOf(v.networkId(), e.organisation(), v.number()),
                        v.networkId(),
                        e.organisation(),
                        e.organisation(),
                        v.number(),
                        e.member(),
                        e.member(),
                        e.at()),
                    Endorsement.class));
          }
          Narrative version = stored(v.toNarrative(v.savedBy(), Instant.EPOCH), Narrative.class);
          soft.assertThat(NarrativeFileWriter.write(version, endorsements))
              .as(v.file())
              .isEqualTo(texts.get(v.number()));
        }
      }
      soft.assertAll();
    }
  }

  @Nested
  @DisplayName("the seed narratives")
  class Narratives {

    @Test
    void shouldGiveEveryNetworkANarrativeOfThreeOrFourVersions() {
      assertThat(narratives.keySet()).containsExactlyInAnyOrderElementsOf(networks.keySet());
      assertThat(narratives.values()).allSatisfy(v -> assertThat(v).hasSizeBetween(3, 4));
    }

    @Test
    void shouldBeSavedByMembersAndEndorsedByLeadersOfTheirOwnOrganisation() {
      SoftAssertions soft = new SoftAssertions();
      narratives.forEach(
          (network, versions) -> {
            for (NarrativeFile v : versions) {
              soft.assertThat(
                      role(v.savedBy(), network, NetworkRole.MEMBER, NetworkRole.FACILITATOR))
                  .as(v.file())
                  .isTrue();
              for (NarrativeFile.Endorsed e : v.endorsements()) {
                MemberSeed leader = members.get(e.member());
                soft.assertThat(leader).as("%s: %s", v.file(), e.member()).isNotNull();
                if (leader != null) {
                  soft.assertThat(leader.networks()).as(v.file()).containsKey(network);
                  soft.assertThat(leader.profile().getStakeholderRole())
                      .as("%s: %s", v.file(), e.member())
                      .isEqualTo(StakeholderRole.LEADER);
                  soft.assertThat(leader.profile().getOrganisationId())
                      .as(v.file())
                      .isEqualTo(e.organisation());
                }
              }
            }
          });
      soft.assertAll();
    }

    @Test
    void shouldHaveAnOrganisationThatEndorsedOnlyAnEarlierVersion() {
      long networksWithOne =
          narratives.values().stream()
              .filter(
                  versions -> {
                    Set<String> current =
                        versions.get(versions.size() - 1).endorsements().stream()
                            .map(NarrativeFile.Endorsed::organisation)
                            .collect(Collectors.toSet());
                    return versions.stream()
                        .flatMap(v -> v.endorsements().stream())
                        .anyMatch(e -> !current.contains(e.organisation()));
                  })
              .count();

      assertThat(networksWithOne).isPositive();
    }

    @Test
    void shouldChangeBetweenVersionsAndBeWrittenInTheCanonicalForm() throws IOException {
      SoftAssertions soft = new SoftAssertions();
      for (Map.Entry<String, List<NarrativeFile>> narrative : narratives.entrySet()) {
        SortedMap<Integer, String> texts =
            ContentImporter.versions(CONTENT.resolve("narratives").resolve(narrative.getKey()));
        List<NarrativeFile> versions = narrative.getValue();
        for (NarrativeFile v : versions) {
          List<Endorsement> endorsements = new ArrayList<>();
          for (NarrativeFile.Endorsed e : v.endorsements()) {
            endorsements.add(
                new Endorsement(
                    "", v.networkId(), e.organisation(), "", v.number(), e.member(), "", e.at()));
          }
          soft.assertThat(NarrativeFileWriter.write(v.toNarrative("", Instant.EPOCH), endorsements))
              .as(v.file())
              .isEqualTo(texts.get(v.number()));
          if (v.number() > 1) {
            NarrativeFile before = versions.get(v.number() - 2);
            soft.assertThat(v.text()).as(v.file()).isNotEqualTo(before.text());
            soft.assertThat(v.note()).as(v.file()).isNotBlank();
          }
        }
        soft.assertThat(versions.get(versions.size() - 1).aims().size())
            .as("%s gained an aim", narrative.getKey())
            .isGreaterThan(versions.get(0).aims().size());
      }
      soft.assertAll();
    }
  }
}
