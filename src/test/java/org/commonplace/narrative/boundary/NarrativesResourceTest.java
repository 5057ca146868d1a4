package org.commonplace.narrative.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The version an API save of a narrative is based on")
class NarrativesResourceTest {

  private static final Optional<Versioned<Narrative>> NONE = Optional.empty();
  private static final Optional<Versioned<Narrative>> AT_3 =
      Optional.of(
          new Versioned<>(
              "harbourford",
              new Narrative(
                  "harbourford",
                  "harbourford",
                  "T",
                  "",
                  List.of(),
                  "",
                  "helen-marsh",
                  "Helen",
                  Instant.EPOCH,
                  null,
                  Instant.EPOCH),
              1,
              1,
              3));

  @Nested
  @DisplayName("when the network has no narrative yet")
  class First {

    @Test
    void shouldSaveTheFirstVersionWithoutAHeader() {
      assertThat(NarrativesResource.basedOn(NONE, null, null)).isNull();
    }

    @Test
    void shouldSaveTheFirstVersionWithIfNoneMatchStar() {
      assertThat(NarrativesResource.basedOn(NONE, null, "*")).isNull();
    }

    @Test
    void shouldRefuseAnIfMatchNamingAVersionThatCannotExist() {
      assertThatThrownBy(() -> NarrativesResource.basedOn(NONE, "\"2\"", null))
          .isInstanceOf(NarrativeChangedMeanwhileException.class);
    }
  }

  @Nested
  @DisplayName("when the narrative exists")
  class Later {

    @Test
    void shouldRequireIfMatch() {
      assertThatThrownBy(() -> NarrativesResource.basedOn(AT_3, null, null))
          .isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void shouldSaveOverTheVersionIfMatchNames() {
      assertThat(NarrativesResource.basedOn(AT_3, "\"3\"", null)).isEqualTo(3L);
    }

    @Test
    void shouldRefuseAnOlderVersionWithTheCurrentOne() {
      assertThatThrownBy(() -> NarrativesResource.basedOn(AT_3, "\"2\"", null))
          .isInstanceOfSatisfying(
              NarrativeChangedMeanwhileException.class,
              e -> assertThat(e.current()).contains(AT_3.get()));
    }

    @Test
    void shouldRefuseIfNoneMatchStar() {
      assertThatThrownBy(() -> NarrativesResource.basedOn(AT_3, null, "*"))
          .isInstanceOf(NarrativeChangedMeanwhileException.class);
    }
  }
}
