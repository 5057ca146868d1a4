package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.commonplace.search.entity.NarrativeDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NarrativeProjectorTest {

  private final NarrativeProjector projector = SearchFixtures.narratives();

  @Nested
  @DisplayName("when a narrative is projected")
  class Fields {

    private final NarrativeDocument document =
        (NarrativeDocument)
            projector
                .document(
                    SearchFixtures.narrative(
                        "harbourford", "Why Harbourford works together", "# Why\n\nWe *share*."))
                .orElseThrow();

    @Test
    void shouldPutTheTextThenEachAimAsPlainTextInTheBody() {
      assertThat(document.body())
          .isEqualTo(
              "Why\nWe share.\n\nNo wrong door\n\nEvery partner refers onwards.\n\n"
                  + "Shared records");
    }

    @Test
    void shouldKeepItsTitleNetworkAndWhoSavedItLast() {
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(document.id()).isEqualTo("harbourford");
            softly.assertThat(document.kind()).isEqualTo("Narrative");
            softly.assertThat(document.title()).isEqualTo("Why Harbourford works together");
            softly.assertThat(document.networkId()).isEqualTo("harbourford");
            softly.assertThat(document.network()).isEqualTo("Harbourford Health Partnership");
            softly.assertThat(document.author()).isEqualTo("Helen Marsh");
            softly.assertThat(document.updated()).isEqualTo(SearchFixtures.VALIDATED);
            softly.assertThat(document.created()).isEqualTo(SearchFixtures.PROPOSED);
          });
    }
  }
}
