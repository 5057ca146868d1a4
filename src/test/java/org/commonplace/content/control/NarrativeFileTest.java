package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.story.entity.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NarrativeFileTest {

  static final String FIRST =
      """
      ---
      title: Why Harbourford works together
      saved-by: helen-marsh
      saved-at: 2014-03-01T10:00:00Z
      note: First version, from the launch meeting.
      language: en
      aims:
        - id: timely-discharge
          title: Get people home from hospital safely and on time
          description: |-
            Fewer delayed discharges.

            Counted every week.
        - id: frontline-prototyping
          title: 'Frontline teams: find the problems, prototype the solutions'
      endorsements:
        - organisation: harbourford-teaching-hospitals
          member: helen-marsh
          at: 2014-03-05T09:00:00Z
      ---

      ## Why we exist

      Every organisation of the city, working on quality together.
      """;

  private static SortedMap<Integer, String> versions(String... texts) {
    SortedMap<Integer, String> versions = new TreeMap<>();
    for (int i = 0; i < texts.length; i++) {
      versions.put(i + 1, texts[i]);
    }
    return versions;
  }

  private static NarrativeFile one(String text) {
    return NarrativeFileReader.read("harbourford", versions(text)).get(0);
  }

  private static String write(NarrativeFile file) {
    Narrative narrative = file.toNarrative("Dr Helen Marsh", file.savedAt());
    List<Endorsement> endorsements =
        file.endorsements().stream()
            .map(
                e ->
                    new Endorsement(
                        Endorsement.idOf(file.networkId(), e.organisation(), file.number()),
                        file.networkId(),
                        e.organisation(),
                        "",
                        file.number(),
                        e.member(),
                        "",
                        e.at()))
            .toList();
    return NarrativeFileWriter.write(narrative, endorsements);
  }

  @Nested
  @DisplayName("reading a narrative's versions")
  class Reading {

    @Test
    void shouldReadEveryKeyOfAVersion() {
      NarrativeFile file = one(FIRST);

      assertThat(file.number()).isEqualTo(1);
      assertThat(file.savedAt()).isEqualTo(Instant.parse("2014-03-01T10:00:00Z"));
      assertThat(file.language()).isEqualTo(Language.EN);
      assertThat(file.aims())
          .extracting(Aim::id)
          .containsExactly("timely-discharge", "frontline-prototyping");
      assertThat(file.aims().get(0).description())
          .isEqualTo("Fewer delayed discharges.\n\nCounted every week.");
      assertThat(file.endorsements()).hasSize(1);
      assertThat(file.text()).startsWith("## Why we exist").endsWith("together.");
    }

    @Test
    void shouldMakeTheNarrativeRecordOfTheNetwork() {
      Narrative narrative = one(FIRST).toNarrative("Dr Helen Marsh", Instant.EPOCH);

      assertThat(narrative.id()).isEqualTo("harbourford");
      assertThat(narrative.networkId()).isEqualTo("harbourford");
      assertThat(narrative.changeNote()).isEqualTo("First version, from the launch meeting.");
      assertThat(narrative.savedByName()).isEqualTo("Dr Helen Marsh");
      assertThat(narrative.created()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void shouldRefuseAMissingVersionNumber() {
      SortedMap<Integer, String> gap = new TreeMap<>();
      gap.put(1, FIRST);
      gap.put(3, FIRST);

      assertThatThrownBy(() -> NarrativeFileReader.read("harbourford", gap))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("narratives/harbourford/3.md")
          .hasMessageContaining("version 2 is missing");
    }

    @Test
    void shouldRefuseAVersionSavedBeforeThePreviousOne() {
      String earlier = FIRST.replace("2014-03-01T10:00:00Z", "2014-02-01T10:00:00Z");

      assertThatThrownBy(() -> NarrativeFileReader.read("harbourford", versions(FIRST, earlier)))
          .hasMessageContaining("narratives/harbourford/2.md, line 4")
          .hasMessageContaining("before the previous version was saved");
    }

    @Test
    void shouldRefuseAnAimNamedTwiceAndAnOrganisationEndorsingTwice() {
      String twice =
          FIRST
              .replace("id: frontline-prototyping", "id: timely-discharge")
              .replace(
                  "    at: 2014-03-05T09:00:00Z\n",
                  "    at: 2014-03-05T09:00:00Z\n"
                      + "  - organisation: harbourford-teaching-hospitals\n"
                      + "    member: helen-marsh\n"
                      + "    at: 2014-03-06T09:00:00Z\n");

      assertThatThrownBy(() -> one(twice))
          .hasMessageContaining("the aim \"timely-discharge\" is named twice")
          .hasMessageContaining("endorses this version twice");
    }

    @Test
    void shouldRefuseAnEndorsementBeforeTheVersionWasSaved() {
      String early = FIRST.replace("2014-03-05T09:00:00Z", "2014-02-05T09:00:00Z");

      assertThatThrownBy(() -> one(early)).hasMessageContaining("comes before this version");
    }

    @Test
    void shouldRefuseATextOverItsLimitNamingBothSizes() {
      String huge = FIRST + "word ".repeat(40_001);

      assertThatThrownBy(() -> one(huge))
          .hasMessageContaining("the text has 200082 characters")
          .hasMessageContaining("at most 200000 are allowed");
    }

    @Test
    void shouldRefuseAnAimWithoutATitleAtTheLineOfTheAims() {
      String untitled =
          FIRST.replace(
              "    title: 'Frontline teams: find the problems, prototype the solutions'\n", "");

      assertThatThrownBy(() -> one(untitled))
          .hasMessageContaining("line 8")
          .hasMessageContaining("title is missing");
    }
  }

  @Nested
  @DisplayName("writing a version back")
  class Writing {

    @Test
    void shouldWriteTheCanonicalFileItReadByteForByte() {
      assertThat(write(one(FIRST))).isEqualTo(FIRST);
    }

    @Test
    void shouldLeaveOutAnEmptyNoteAndWriteEndorsementsOldestFirst() {
      String unordered =
          FIRST
              .replace("note: First version, from the launch meeting.\n", "")
              .replace(
                  "  - organisation: harbourford-teaching-hospitals\n",
                  "  - organisation: st-aldhelms-hospice\n"
                      + "    member: rhiannon-lloyd\n"
                      + "    at: 2014-03-09T09:00:00Z\n"
                      + "  - organisation: harbourford-teaching-hospitals\n");

      String written = write(one(unordered));

      assertThat(written).doesNotContain("note:");
      assertThat(written.indexOf("harbourford-teaching-hospitals"))
          .isLessThan(written.indexOf("st-aldhelms-hospice"));
      assertThat(write(one(written))).isEqualTo(written);
    }
  }
}
