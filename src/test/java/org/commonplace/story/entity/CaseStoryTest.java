package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseStoryTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");

  @Nested
  @DisplayName("when created from a valid draft")
  class FromValidDraft {

    @Test
    void shouldStripTheTitle() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setTitle("  \tSame-week appointments \n");

      CaseStory story = CaseStory.create("same-week-abc234", draft, NOW);

      assertThat(story.getTitle()).isEqualTo("Same-week appointments");
    }

    @Test
    void shouldCopyTheDraftWithNormalisedTagsAndStrippedNames() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setTags(List.of(" Access", "access", "TRUST"));
      draft.setAuthor("  Dr Amira Haddad ");
      draft.setOrganisation(null);
      draft.setSummary(null);

      CaseStory story = CaseStory.create("same-week-abc234", draft, NOW);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(story.getId()).isEqualTo("same-week-abc234");
            softly.assertThat(story.getTags()).containsExactly("access", "trust");
            softly.assertThat(story.getAuthor()).isEqualTo("Dr Amira Haddad");
            softly.assertThat(story.getOrganisation()).isEmpty();
            softly.assertThat(story.getSummary()).isEmpty();
            softly.assertThat(story.getBody()).isEqualTo(draft.getBody());
            softly.assertThat(story.getCreated()).isEqualTo(NOW);
            softly.assertThat(story.getUpdated()).isEqualTo(NOW);
          });
    }

    @Test
    void shouldKeepTheOriginalCreationTimeOfImportedMaterial() {
      Instant original = Instant.parse("2017-03-14T09:30:00Z");

      CaseStory story =
          CaseStory.create("id-abc234", StoryRulesTest.validDraft(), NOW).createdAt(original);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(story.getCreated()).isEqualTo(original);
            softly.assertThat(story.getUpdated()).isEqualTo(original);
          });
    }
  }

  @Nested
  @DisplayName("when created from a draft that breaks a rule")
  class FromInvalidDraft {

    @Test
    void shouldThrowInvalidStoryExceptionListingTheViolations() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setTitle("");
      draft.setAuthor(" ");

      assertThatThrownBy(() -> CaseStory.create("id-abc234", draft, NOW))
          .isInstanceOfSatisfying(
              InvalidStoryException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::field)
                      .containsExactly("title", "author"));
    }

    @Test
    void shouldRejectATitleOf201CharsEvenWhenThePageDidNotCheck() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setTitle("t".repeat(201));

      assertThatThrownBy(() -> CaseStory.create("id-abc234", draft, NOW))
          .isInstanceOf(InvalidStoryException.class)
          .hasMessageContaining("story.title.tooLong");
    }
  }
}
