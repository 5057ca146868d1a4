package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.story.entity.CaseStory;
import org.junit.jupiter.api.Test;

/** The seed stories show ideas spreading between the demo networks, and the aims they advance. */
class SeedSpreadTest {

  private static final Path STORIES = Path.of("content/stories");

  private static Map<String, CaseStory> seedStories() throws IOException {
    try (Stream<Path> files = Files.list(STORIES)) {
      List<Path> markdown = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      Map<String, CaseStory> stories = new java.util.LinkedHashMap<>();
      for (Path file : markdown) {
        CaseStory story =
            StoryFile.parse(
                    file.getFileName().toString(),
                    Files.readString(file),
                    ContentImporter.csv(STORIES))
                .toStory(Instant.EPOCH);
        stories.put(story.getId(), story);
      }
      return stories;
    }
  }

  @Test
  void shouldAdaptAFewStoriesFromEarlierStoriesOfOtherNetworks() throws IOException {
    Map<String, CaseStory> stories = seedStories();
    List<CaseStory> adapted =
        stories.values().stream().filter(s -> s.getAdaptedFrom() != null).toList();

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(adapted).hasSizeBetween(3, 5);
    for (CaseStory story : adapted) {
      CaseStory original = stories.get(story.getAdaptedFrom());
      soft.assertThat(original).as(story.getId()).isNotNull();
      if (original != null) {
        soft.assertThat(original.getNetworkId())
            .as(story.getId())
            .isNotEqualTo(story.getNetworkId());
        soft.assertThat(original.getCreated()).as(story.getId()).isBefore(story.getCreated());
      }
    }
    soft.assertAll();
  }

  @Test
  void shouldNameAimsOnAtLeastTenStoriesInEveryNetwork() throws IOException {
    Map<String, Long> withAims =
        seedStories().values().stream()
            .filter(s -> !s.getAimIds().isEmpty())
            .collect(Collectors.groupingBy(CaseStory::getNetworkId, Collectors.counting()));

    assertThat(withAims.values().stream().mapToLong(Long::longValue).sum())
        .isGreaterThanOrEqualTo(10);
    assertThat(withAims)
        .containsOnlyKeys(
            "access-quebec", "access-new-brunswick", "harbourford", "northvale-mental-health");
  }

  @Test
  void shouldUseOnlyAimIdsOfTheStorysOwnNetworkWhereTheNarrativesAreInTheFolder()
      throws IOException {
    Path narratives = Path.of("content/narratives");
    assertThat(narratives).isDirectory();
    Map<String, CaseStory> stories = seedStories();
    Function<String, String> aimsOf =
        network -> {
          try (Stream<Path> versions = Files.list(narratives.resolve(network))) {
            Path last =
                versions.max(java.util.Comparator.comparing(SeedSpreadTest::number)).orElseThrow();
            return Files.readString(last);
          } catch (IOException e) {
            return null;
          }
        };
    SoftAssertions soft = new SoftAssertions();
    for (CaseStory story : stories.values()) {
      String narrative = aimsOf.apply(story.getNetworkId());
      for (String aim : story.getAimIds()) {
        soft.assertThat(narrative).as(story.getId()).isNotNull().contains("id: " + aim);
      }
    }
    soft.assertAll();
  }

  private static int number(Path version) {
    String name = version.getFileName().toString();
    try {
      return Integer.parseInt(name.substring(0, name.indexOf('.')));
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
