package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryRulesTest {

  static StoryDraft validDraft() {
    StoryDraft draft = new StoryDraft();
    draft.setTitle("Same-week appointments for people without a family doctor");
    draft.setSummary("We opened same-week slots and the waiting list shrank.");
    draft.setBody("## Context\n\nA community health centre.");
    draft.setAuthor("Dr Amira Haddad");
    draft.setOrganisation("Riverside Community Health Centre");
    draft.setNetwork("Access to Primary Care Partnership (Quebec)");
    draft.setNetworkId("access-quebec");
    draft.setTags(List.of("access", "trust"));
    return draft;
  }

  private static List<String> fieldsOf(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Nested
  @DisplayName("when the draft is complete and within every limit")
  class ValidDraft {

    @Test
    void shouldReportNoViolations() {
      assertThat(StoryRules.violationsOf(validDraft())).isEmpty();
    }

    @Test
    void shouldNotThrowOnCheck() {
      assertThatCode(() -> StoryRules.check(validDraft())).doesNotThrowAnyException();
    }
  }

  @Nested
  @DisplayName("when the title is missing, blank or too long")
  class Title {

    @Test
    void shouldRequireATitleWhenItIsNull() {
      StoryDraft draft = validDraft();
      draft.setTitle(null);

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("title", "story.title.required", List.of()));
    }

    @Test
    void shouldRequireATitleWhenItIsEmpty() {
      StoryDraft draft = validDraft();
      draft.setTitle("");

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("title", "story.title.required", List.of()));
    }

    @Test
    void shouldRequireATitleWhenItIsOnlyWhitespace() {
      StoryDraft draft = validDraft();
      draft.setTitle(" \t\n ");

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("title", "story.title.required", List.of()));
    }

    @Test
    void shouldAcceptTitleOfExactly200Chars() {
      StoryDraft draft = validDraft();
      draft.setTitle("t".repeat(200));

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldRejectTitleLongerThan200Chars() {
      StoryDraft draft = validDraft();
      draft.setTitle("t".repeat(201));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("title", "story.title.tooLong", List.of(200, 201)));
    }

    @Test
    void shouldNotCountSurroundingWhitespaceTowardsTheTitleLimit() {
      StoryDraft draft = validDraft();
      draft.setTitle("   " + "t".repeat(200) + "   ");

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when the body is measured in UTF-8 bytes")
  class Body {

    private static final int LIMIT = 200 * 1024;

    @Test
    void shouldAcceptBodyOfExactly200KilobytesOfAscii() {
      StoryDraft draft = validDraft();
      draft.setBody("a".repeat(LIMIT));

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldRejectBodyOneByteOver200Kilobytes() {
      StoryDraft draft = validDraft();
      draft.setBody("a".repeat(LIMIT + 1));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("body", "story.body.tooLarge", List.of(200, 201)));
    }

    @Test
    void shouldAcceptBodyOfExactly200KilobytesOfTwoByteCharacters() {
      String body = "é".repeat(LIMIT / 2);
      StoryDraft draft = validDraft();
      draft.setBody(body);

      assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldCountTwoByteCharactersAsTwoBytes() {
      String body = "é".repeat(LIMIT / 2) + "a";
      StoryDraft draft = validDraft();
      draft.setBody(body);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(body.length()).as("chars").isLessThan(LIMIT);
            softly
                .assertThat(StoryRules.violationsOf(draft))
                .containsExactly(new Violation("body", "story.body.tooLarge", List.of(200, 201)));
          });
    }

    @Test
    void shouldAcceptMissingBody() {
      StoryDraft draft = validDraft();
      draft.setBody(null);

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when the author is missing")
  class Author {

    @Test
    void shouldRequireAnAuthorWhenItIsNull() {
      StoryDraft draft = validDraft();
      draft.setAuthor(null);

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("author", "story.author.required", List.of()));
    }

    @Test
    void shouldRequireAnAuthorWhenItIsBlank() {
      StoryDraft draft = validDraft();
      draft.setAuthor("   ");

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("author", "story.author.required", List.of()));
    }

    @Test
    void shouldRejectAuthorNameLongerThan200Chars() {
      StoryDraft draft = validDraft();
      draft.setAuthor("n".repeat(201));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("author", "story.name.tooLong", List.of(200)));
    }
  }

  @Nested
  @DisplayName("when the summary, organisation or network is too long")
  class OtherFields {

    @Test
    void shouldRejectSummaryLongerThan600Chars() {
      StoryDraft draft = validDraft();
      draft.setSummary("s".repeat(601));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("summary", "story.summary.tooLong", List.of(600)));
    }

    @Test
    void shouldAcceptSummaryOfExactly600Chars() {
      StoryDraft draft = validDraft();
      draft.setSummary("s".repeat(600));

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldRejectOrganisationAndNetworkLongerThan200Chars() {
      StoryDraft draft = validDraft();
      draft.setOrganisation("o".repeat(201));
      draft.setNetwork("n".repeat(201));

      assertThat(fieldsOf(StoryRules.violationsOf(draft)))
          .containsExactly("organisation", "network");
    }
  }

  @Nested
  @DisplayName("when there are many or long tags")
  class Tags {

    private List<String> distinctTags(int count) {
      return IntStream.rangeClosed(1, count).mapToObj(i -> "tag" + i).toList();
    }

    @Test
    void shouldAcceptTwelveTags() {
      StoryDraft draft = validDraft();
      draft.setTags(distinctTags(12));

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldRejectMoreThanTwelveTags() {
      StoryDraft draft = validDraft();
      draft.setTags(distinctTags(13));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("tags", "story.tags.tooMany", List.of(12)));
    }

    @Test
    void shouldCountTagsAfterNormalisationSoRepeatsDoNotCount() {
      List<String> tags = new java.util.ArrayList<>(distinctTags(12));
      tags.add("TAG1");
      tags.add("  tag2 ");
      tags.add("");
      StoryDraft draft = validDraft();
      draft.setTags(tags);

      assertThat(StoryRules.violationsOf(draft)).isEmpty();
    }

    @Test
    void shouldRejectTagLongerThan40Chars() {
      StoryDraft draft = validDraft();
      draft.setTags(List.of("access", "x".repeat(41)));

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("tags", "story.tags.tooLong", List.of(40)));
    }
  }

  @Nested
  @DisplayName("when tags are normalised")
  class TagNormalisation {

    @Test
    void shouldTrimLowerCaseDedupeAndDropEmptyTags() {
      List<String> typed =
          Arrays.asList(" Access ", "ACCESS", "", "   ", null, "Patient   Engagement", "trust");

      assertThat(StoryRules.normaliseTags(typed))
          .containsExactly("access", "patient engagement", "trust");
    }

    @Test
    void shouldKeepTheOrderOfFirstAppearance() {
      assertThat(StoryRules.normaliseTags(List.of("Trust", "access", "trust")))
          .containsExactly("trust", "access");
    }

    @Test
    void shouldTurnNullIntoNoTags() {
      assertThat(StoryRules.normaliseTags(null)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a draft breaks several rules")
  class SeveralViolations {

    private StoryDraft brokenDraft() {
      StoryDraft draft = validDraft();
      draft.setTitle("   ");
      draft.setBody("a".repeat(200 * 1024 + 1));
      draft.setAuthor(null);
      draft.setTags(IntStream.rangeClosed(1, 13).mapToObj(i -> "tag" + i).toList());
      return draft;
    }

    @Test
    void shouldReportEveryViolationAtOnce() {
      assertThat(fieldsOf(StoryRules.violationsOf(brokenDraft())))
          .containsExactly("title", "body", "author", "tags");
    }

    @Test
    void shouldThrowWithEveryViolationOnCheck() {
      assertThatThrownBy(() -> StoryRules.check(brokenDraft()))
          .isInstanceOfSatisfying(
              InvalidStoryException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::messageKey)
                      .containsExactly(
                          "story.title.required",
                          "story.body.tooLarge",
                          "story.author.required",
                          "story.tags.tooMany"));
    }
  }

  @Nested
  @DisplayName("when the network is missing")
  class NoNetwork {

    @Test
    void shouldAskForTheNetworkBecauseItDecidesWhoMayRead() {
      StoryDraft draft = validDraft();
      draft.setNetworkId("  ");

      assertThat(StoryRules.violationsOf(draft))
          .containsExactly(new Violation("networkId", "story.network.required", List.of()));
    }
  }
}
