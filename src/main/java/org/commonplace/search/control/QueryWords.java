package org.commonplace.search.control;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.util.List;
import org.commonplace.search.entity.Folding;
import org.commonplace.search.entity.TypedQuery;
import org.commonplace.search.entity.TypedQuery.Term;

/**
 * The Elasticsearch query for what a member typed, built from match queries only (never {@code
 * query_string}, which would read the text as syntax). Each word is searched three ways at once: as
 * typed, through the language analyzers (so "partnerships" finds "partnership"); with a typo
 * forgiven when the word is long enough to have one ("discharg", "dischagre"); and without accents,
 * in the folded field (so "equipe" finds "équipe"). Hits should hold most of what was asked (all of
 * up to three groups, three quarters of more); quoted phrases must be there; excluded words must
 * not.
 */
final class QueryWords {

  static final String[] FIELDS = {"title^3", "title.exact^2", "summary^2", "body"};
  private static final String[] FUZZY_FIELDS = {"title^1.5", "summary", "body"};
  static final String FOLDED = "folded";

  /** No typo below five letters, one up to eight, two beyond. */
  private static final String FUZZINESS = "AUTO:5,9";

  /** Up to three groups, hits hold them all; of more, three quarters. */
  static final String MOST_GROUPS = "3<75%";

  /** No word is that long; a typo is not looked for in a longer one, which would only cost time. */
  static final int MOST_FORGIVEN_CHARS = 40;

  private static final float FUZZY_BOOST = 0.3f;
  private static final float FOLDED_BOOST = 0.6f;

  private QueryWords() {}

  static Query of(TypedQuery typed) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    long optional = typed.groups().stream().filter(g -> !TypedQuery.isPhrase(g)).count();
    for (List<Term> group : typed.groups()) {
      if (TypedQuery.isPhrase(group)) {
        b.must(term(group.get(0), true));
      } else {
        b.should(group(group));
      }
    }
    if (optional > 0) {
      b.minimumShouldMatch(MOST_GROUPS);
    } else {
      // only phrases or only exclusions: the phrases decide, or everything readable is a hit
      b.must(Query.of(q -> q.matchAll(m -> m)));
    }
    for (Term term : typed.excluded()) {
      b.mustNot(term(term, false));
    }
    return Query.of(q -> q.bool(b.build()));
  }

  private static Query group(List<Term> alternatives) {
    if (alternatives.size() == 1) {
      return term(alternatives.get(0), true);
    }
    return Query.of(
        q ->
            q.bool(
                b -> {
                  alternatives.forEach(t -> b.should(term(t, true)));
                  return b.minimumShouldMatch("1");
                }));
  }

  /**
   * @param forgiving whether typos may match, and whether a term of stop words only (which the
   *     analyzers drop) matches everything rather than nothing: what is wanted for a term asked
   *     for, never for one excluded
   */
  private static Query term(Term term, boolean forgiving) {
    String folded = Folding.fold(term.text());
    TextQueryType type = term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields;
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.should(
                      s ->
                          s.multiMatch(
                              m ->
                                  m.query(term.text())
                                      .type(type)
                                      .tieBreaker(term.phrase() ? null : 0.3)
                                      .fields(List.of(FIELDS))
                                      .zeroTermsQuery(zeroTerms(forgiving))));
                  if (term.phrase()) {
                    b.should(
                        s -> s.matchPhrase(m -> m.field(FOLDED).query(folded).boost(FOLDED_BOOST)));
                    return b;
                  }
                  b.should(s -> s.match(m -> m.field(FOLDED).query(folded).boost(FOLDED_BOOST)));
                  if (forgiving && term.text().length() <= MOST_FORGIVEN_CHARS) {
                    b.should(
                        s ->
                            s.multiMatch(
                                m ->
                                    m.query(term.text())
                                        .type(TextQueryType.BestFields)
                                        .fields(List.of(FUZZY_FIELDS))
                                        .fuzziness(FUZZINESS)
                                        .prefixLength(1)
                                        .maxExpansions(20)
                                        .boost(FUZZY_BOOST)));
                  }
                  return b;
                }));
  }

  private static ZeroTermsQuery zeroTerms(boolean forgiving) {
    return forgiving ? ZeroTermsQuery.All : ZeroTermsQuery.None;
  }
}
