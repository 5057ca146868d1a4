package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonplace.platform.record.Failures;
import org.commonplace.search.entity.FoundDocument;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.Suggestions;

/**
 * Autocomplete as one types: titles from Elasticsearch's completion suggester (an in-memory prefix
 * index, fast at any size), limited to the member's readable networks through the suggestion's
 * network context and forgiving one typo from the fourth letter; and the tags in use that start
 * with the letters, counted over what the member may read. One round trip for both.
 */
@ApplicationScoped
public class Autocomplete {

  static final int TITLES = 8;
  static final int TAGS = 5;
  private static final String TITLE_SUGGESTIONS = "titles";
  private static final String TAG_COUNTS = "tags";
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** Characters with a meaning in Lucene's regular expressions, escaped in a tag prefix. */
  private static final Pattern REGEX_SYNTAX = Pattern.compile("[.?+*|{}\\[\\]()\"\\\\#@&<>~^$]");

  @Inject ElasticsearchClient client;
  @Inject SearchIndex index;

  /**
   * @param networks the networks whose material the member may read; nothing else is offered
   */
  public Suggestions suggest(String typed, Set<String> networks) {
    String letters = clean(typed);
    if (letters.isEmpty() || networks.isEmpty()) {
      return Suggestions.NONE;
    }
    try {
      SearchResponse<FoundDocument> answer =
          client.search(request(letters, networks), FoundDocument.class);
      return new Suggestions(titles(answer), tags(answer));
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  static String clean(String typed) {
    if (typed == null) {
      return "";
    }
    String clean = CONTROL.matcher(typed).replaceAll(" ").strip();
    if (clean.length() > Suggestions.MAX_CHARS) {
      int end =
          Character.isHighSurrogate(clean.charAt(Suggestions.MAX_CHARS - 1))
              ? Suggestions.MAX_CHARS - 1
              : Suggestions.MAX_CHARS;
      clean = clean.substring(0, end);
    }
    return clean;
  }

  SearchRequest request(String letters, Set<String> networks) {
    List<CompletionContext> contexts =
        networks.stream()
            .map(n -> CompletionContext.of(c -> c.context(x -> x.category(n))))
            .toList();
    Query mayRead = Finder.mayRead(networks);
    String tagPattern =
        REGEX_SYNTAX.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("\\\\$0") + ".*";
    return SearchRequest.of(
        s ->
            s.index(index.alias())
                .size(0)
                .source(src -> src.filter(f -> f.includes("id", "kind", "title", "threadId")))
                .query(
                    q ->
                        q.bool(
                            b ->
                                b.filter(mayRead)
                                    .filter(Finder.EVERY_KIND)
                                    .mustNot(Finder.RETIRED)))
                .aggregations(
                    TAG_COUNTS,
                    a ->
                        a.terms(t -> t.field("tags").size(TAGS).include(i -> i.regexp(tagPattern))))
                .suggest(
                    g ->
                        g.suggesters(
                            TITLE_SUGGESTIONS,
                            f ->
                                f.prefix(letters)
                                    .completion(
                                        c ->
                                            c.field(SearchIndex.SUGGEST)
                                                .size(TITLES)
                                                .skipDuplicates(true)
                                                .fuzzy(
                                                    z ->
                                                        z.fuzziness("1")
                                                            .minLength(4)
                                                            .prefixLength(1))
                                                .contexts(
                                                    SearchIndex.SUGGEST_CONTEXT, contexts)))));
  }

  private static List<Suggestions.Suggested> titles(SearchResponse<FoundDocument> answer) {
    List<Suggestion<FoundDocument>> entries =
        answer.suggest() == null ? null : answer.suggest().get(TITLE_SUGGESTIONS);
    List<Suggestions.Suggested> titles = new ArrayList<>();
    if (entries == null) {
      return titles;
    }
    for (Suggestion<FoundDocument> entry : entries) {
      if (!entry.isCompletion()) {
        continue;
      }
      for (CompletionSuggestOption<FoundDocument> option : entry.completion().options()) {
        FoundDocument found = option.source();
        if (found == null || found.title() == null) {
          continue;
        }
        SearchKind kind = SearchKind.ofRecordKind(found.kind()).orElse(SearchKind.STORY);
        titles.add(
            new Suggestions.Suggested(
                found.id(),
                found.title(),
                kind.param(),
                kind.url(URLEncoder.encode(found.id(), StandardCharsets.UTF_8), null)));
      }
    }
    return titles;
  }

  private static List<String> tags(SearchResponse<FoundDocument> answer) {
    Aggregate tags = answer.aggregations().get(TAG_COUNTS);
    if (tags == null || !tags.isSterms()) {
      return List.of();
    }
    return tags.sterms().buckets().array().stream()
        .map(StringTermsBucket::key)
        .map(FieldValue::stringValue)
        .toList();
  }
}
