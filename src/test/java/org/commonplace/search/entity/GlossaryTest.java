package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonplace.search.entity.TypedQuery.Term;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  private static final Glossary GLOSSARY =
      Glossary.parse(
          """
          # comment
          PDSA = plan-do-study-act = PEÉA
          ED = emergency department = urgence
          emergency = urgent need
          GP = family doctor = médecin de famille
          """);

  @Test
  void shouldSearchATermAsAnyOfItsEntrysTerms() {
    TypedQuery expanded = GLOSSARY.expand(TypedQuery.parse("PDSA discharge"));

    assertThat(expanded.groups())
        .containsExactly(
            List.of(Term.word("PDSA"), Term.phrase("plan-do-study-act"), Term.word("PEÉA")),
            List.of(Term.word("discharge")));
  }

  @Test
  void shouldMatchTermsWithoutRegardToCaseAccentsOrPunctuation() {
    List<List<Term>> planDoStudyAct =
        GLOSSARY.expand(TypedQuery.parse("plan do study act")).groups();
    assertThat(planDoStudyAct).hasSize(1);
    assertThat(planDoStudyAct.get(0)).contains(Term.word("PDSA"));
    assertThat(GLOSSARY.expand(TypedQuery.parse("peea")).groups().get(0)).hasSize(3);
    assertThat(GLOSSARY.expand(TypedQuery.parse("Medecin de Famille")).groups().get(0))
        .contains(Term.word("GP"), Term.phrase("family doctor"));
  }

  @Test
  void shouldPreferTheLongestTerm() {
    assertThat(GLOSSARY.expand(TypedQuery.parse("emergency department huddle")).groups())
        .containsExactly(
            List.of(Term.word("ED"), Term.phrase("emergency department"), Term.word("urgence")),
            List.of(Term.word("huddle")));
    assertThat(GLOSSARY.expand(TypedQuery.parse("emergency huddle")).groups().get(0))
        .containsExactly(Term.word("emergency"), Term.phrase("urgent need"));
  }

  @Test
  void shouldExpandAQuotedTermButLeaveOrGroupsAndExclusionsAsTyped() {
    assertThat(GLOSSARY.expand(TypedQuery.parse("\"family doctor\"")).groups().get(0))
        .contains(Term.word("GP"));
    TypedQuery typed = TypedQuery.parse("ED OR clinic -GP");
    assertThat(GLOSSARY.expand(typed)).isEqualTo(typed);
  }

  @Test
  void shouldNameEachBadLineAndKeepTheGoodOnes() {
    String text =
        """
        PDSA = plan-do-study-act
        lonely
        ED = emergency department
        PDSA = cycle
        """;

    assertThat(Glossary.problems(text))
        .extracting(Glossary.Problem::line, Glossary.Problem::key)
        .containsExactly(
            tuple(2, "search.glossary.oneTerm"), tuple(4, "search.glossary.termTwice"));
    assertThat(Glossary.parse(text).entries()).hasSize(2);
  }

  @Test
  void shouldRefuseOverlongTerms() {
    assertThat(Glossary.problems("a = " + "x".repeat(Glossary.MAX_TERM_CHARS + 1)))
        .extracting(Glossary.Problem::key)
        .containsExactly("search.glossary.termTooLong");
    assertThat(Glossary.problems("a = one two three four five six seven"))
        .extracting(Glossary.Problem::key)
        .containsExactly("search.glossary.termTooLong");
  }

  @Test
  void shouldReadTheShippedGlossaryWithoutAProblem() throws IOException {
    String shipped = Files.readString(Path.of("content", "glossary.txt"));

    assertThat(Glossary.problems(shipped)).isEmpty();
    Glossary glossary = Glossary.parse(shipped);
    assertThat(glossary.expand(TypedQuery.parse("PEÉA")).groups().get(0))
        .contains(Term.word("PDSA"), Term.phrase("plan-do-study-act"));
    assertThat(glossary.expand(TypedQuery.parse("ED")).groups().get(0))
        .contains(Term.phrase("emergency department"), Term.word("urgence"));
    assertThat(glossary.expand(TypedQuery.parse("GP")).groups().get(0))
        .contains(Term.phrase("family doctor"), Term.phrase("médecin de famille"));
  }
}
