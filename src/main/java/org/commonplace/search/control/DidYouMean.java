package org.commonplace.search.control;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.search.entity.Folding;

/**
 * "Did you mean": each word of the query that no document holds, replaced by the closest word the
 * index does hold (Elasticsearch's term suggester over the folded field, so an accent is never
 * taken for a typo). The index's words come from every network, so a suggestion is only offered
 * once a search with it finds more for this member than the words typed did (see {@link Finder}): a
 * word of a members-only network's material is never suggested to an outsider.
 */
final class DidYouMean {

  static final String NAME = "did-you-mean";

  /** Below this many hits the member may have mistyped; above, the words typed did their job. */
  static final int OFFERED_BELOW = 3;

  private DidYouMean() {}

  /** The suggester for the query's words, as folded for the folded field. */
  static Suggester suggester(String typed) {
    String folded = Folding.fold(typed);
    return Suggester.of(
        s ->
            s.suggesters(
                NAME,
                f ->
                    f.text(folded)
                        .term(
                            t ->
                                t.field(QueryWords.FOLDED)
                                    .suggestMode(SuggestMode.Missing)
                                    .minWordLength(4)
                                    .prefixLength(1)
                                    .size(1))));
  }

  /** The query's folded text with each unknown word replaced, if any word was. */
  static <T> Optional<String> corrected(String typed, Map<String, List<Suggestion<T>>> answer) {
    List<Suggestion<T>> entries = answer == null ? null : answer.get(NAME);
    if (entries == null) {
      return Optional.empty();
    }
    String folded = Folding.fold(typed);
    StringBuilder text = new StringBuilder(folded);
    boolean changed = false;
    // from the end, so the offsets of the words before stay true
    List<TermSuggest> words =
        entries.stream()
            .filter(Suggestion::isTerm)
            .map(Suggestion::term)
            .sorted(Comparator.comparingInt(TermSuggest::offset).reversed())
            .toList();
    for (TermSuggest word : words) {
      if (word.options().isEmpty()
          || word.offset() < 0
          || word.offset() + word.length() > text.length()) {
        continue;
      }
      text.replace(word.offset(), word.offset() + word.length(), word.options().get(0).text());
      changed = true;
    }
    return changed ? Optional.of(text.toString()) : Optional.empty();
  }
}
