package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonplace.search.entity.TypedQuery.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedQueryTest {

  private static List<Term> one(String word) {
    return List.of(Term.word(word));
  }

  @Test
  void shouldReadPlainWordsAsOneGroupEach() {
    TypedQuery q = TypedQuery.parse("discharge huddle  social care");

    assertThat(q.groups())
        .containsExactly(one("discharge"), one("huddle"), one("social"), one("care"));
    assertThat(q.excluded()).isEmpty();
  }

  @Test
  void shouldReadQuotedPhrasesExclusionsAndOr() {
    TypedQuery q = TypedQuery.parse("\"social prescribing\" -pilot -\"care home\" ED OR urgence");

    assertThat(q.groups())
        .containsExactly(
            List.of(Term.phrase("social prescribing")),
            List.of(Term.word("ED"), Term.word("urgence")));
    assertThat(q.excluded()).containsExactly(Term.word("pilot"), Term.phrase("care home"));
  }

  @Test
  void shouldJoinSeveralAlternativesAndTakeLowerCaseOrAsAWord() {
    TypedQuery q = TypedQuery.parse("huddle OR caucus OR \"safety briefing\" or");

    assertThat(q.groups())
        .containsExactly(
            List.of(Term.word("huddle"), Term.word("caucus"), Term.phrase("safety briefing")),
            one("or"));
  }

  @Test
  void shouldRunAnOpenQuoteToTheEndAndTakeAOneWordPhraseAsAWord() {
    assertThat(TypedQuery.parse("wait \"time to first").groups())
        .containsExactly(one("wait"), List.of(Term.phrase("time to first")));
    assertThat(TypedQuery.parse("\"huddle\"").groups()).containsExactly(one("huddle"));
  }

  @Test
  void shouldIgnoreAnOrWithNothingOnOneSide() {
    assertThat(TypedQuery.parse("OR huddle OR").groups()).containsExactly(one("huddle"));
    assertThat(TypedQuery.parse("OR").isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "?", "\\", "\"\"", "( ) [ ] { }", "- -- :", "\" \"", "&& ||"})
  void shouldFindNothingSearchableInSyntaxOnly(String typed) {
    assertThat(TypedQuery.parse(typed).isEmpty()).isTrue();
  }

  @Test
  void shouldKeepCharactersOfOtherSyntaxesInsideWordsForTheAnalyzerToDrop() {
    assertThat(TypedQuery.parse("/regex/ title:huddle care* c?re a\\b").groups())
        .containsExactly(
            one("/regex/"), one("title:huddle"), one("care*"), one("c?re"), one("a\\b"));
  }

  @Test
  void shouldKeepRightToLeftCjkAndEmojiWordsAndTreatOtherSpacesAsSpaces() {
    TypedQuery q = TypedQuery.parse("رعاية\u00a0医疗 🩺 équipe\u2003soins");

    assertThat(q.groups())
        .containsExactly(one("رعاية"), one("医疗"), one("🩺"), one("équipe"), one("soins"));
  }

  @Test
  void shouldTakeAHyphenInsideAWordAsPartOfIt() {
    assertThat(TypedQuery.parse("plan-do-study-act follow-up").groups())
        .containsExactly(one("plan-do-study-act"), one("follow-up"));
  }
}
