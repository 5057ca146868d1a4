package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.platform.markdown.HtmlText;
import org.commonplace.platform.record.Failures;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.StoryDocument;
import org.commonplace.search.entity.TagCount;
import org.commonplace.story.entity.CaseStory;

/**
 * Answers a member's search over case stories: words matched through the English hunspell analyzer
 * (so "partnerships improving" finds "partnership to improve"), matched words marked in the title
 * and snippets, and the tags of all matches as a facet.
 */
@ApplicationScoped
public class StorySearch {

  private static final String TAGS = "tags";
  private static final int TAG_FACET_SIZE = 25;
  private static final int SNIPPET_CHARS = 180;

  private static final Query STORIES =
      Query.of(q -> q.term(t -> t.field("kind").value(CaseStory.KIND.name())));
  private static final Query RETIRED =
      Query.of(q -> q.term(t -> t.field(SearchIndex.RETIRED).value(true)));

  @Inject ElasticsearchClient client;
  @Inject SearchIndex index;

  /**
   * @param networks the networks whose stories the member may read; nothing else is searched
   */
  public SearchResults search(SearchQuery query, Set<String> networks) {
    try {
      SearchResponse<StoryDocument> response =
          client.search(request(query, networks), StoryDocument.class);
      List<SearchHit> hits = response.hits().hits().stream().map(StorySearch::toHit).toList();
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new SearchResults(query, total, hits, tags(response));
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /** Package-private so the search benchmark can send this very query straight to Elasticsearch. */
  SearchRequest request(SearchQuery query, Set<String> networks) {
    List<FieldValue> readable = networks.stream().map(FieldValue::of).toList();
    Query mayRead = Query.of(q -> q.terms(t -> t.field("networkId").terms(v -> v.value(readable))));
    return SearchRequest.of(
        s -> {
          s.index(index.alias())
              .query(
                  q ->
                      q.bool(
                          b ->
                              b.must(words(query))
                                  .filter(tagFilter(query))
                                  .filter(mayRead)
                                  .filter(STORIES)
                                  // drafts and deleted stories leave a retired document behind
                                  .mustNot(RETIRED)))
              .from(query.from())
              .size(SearchQuery.PAGE_SIZE)
              .trackTotalHits(t -> t.enabled(true))
              .aggregations(TAGS, a -> a.terms(t -> t.field(TAGS).size(TAG_FACET_SIZE)))
              .highlight(
                  h ->
                      h.encoder(HighlighterEncoder.Html)
                          .preTags("<mark>")
                          .postTags("</mark>")
                          .fields("title", f -> f.numberOfFragments(0))
                          .fields(
                              "summary", f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1))
                          .fields("body", f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(2)));
          if (query.isBrowse()) {
            s.sort(o -> o.field(f -> f.field("created").order(SortOrder.Desc)));
          }
          return s;
        });
  }

  /** multi_match takes the text as words: no operators, wildcards or fields can be injected. */
  private static Query words(SearchQuery query) {
    if (query.isBrowse()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    return Query.of(
        q ->
            q.multiMatch(
                m ->
                    m.query(query.text())
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .fields("title^3", "title.exact^2", "summary^2", "body")));
  }

  private static List<Query> tagFilter(SearchQuery query) {
    return query
        .tag()
        .map(tag -> List.of(Query.of(q -> q.term(t -> t.field(TAGS).value(tag)))))
        .orElse(List.of());
  }

  private static SearchHit toHit(Hit<StoryDocument> hit) {
    StoryDocument story = hit.source();
    Map<String, List<String>> marked = hit.highlight();
    String title =
        marked.getOrDefault("title", List.of()).stream()
            .findFirst()
            .orElse(HtmlText.escape(story.title()));
    List<String> snippets = new ArrayList<>(marked.getOrDefault("summary", List.of()));
    snippets.addAll(marked.getOrDefault("body", List.of()));
    if (snippets.isEmpty() && story.summary() != null && !story.summary().isBlank()) {
      snippets.add(HtmlText.escape(story.summary()));
    }
    return new SearchHit(
        story.id(),
        title,
        List.copyOf(snippets),
        story.tags() == null ? List.of() : story.tags(),
        story.author(),
        story.organisation(),
        story.network(),
        story.created());
  }

  private static List<TagCount> tags(SearchResponse<StoryDocument> response) {
    var aggregate = response.aggregations().get(TAGS);
    if (aggregate == null || !aggregate.isSterms()) {
      return List.of();
    }
    return aggregate.sterms().buckets().array().stream().map(StorySearch::toTagCount).toList();
  }

  private static TagCount toTagCount(StringTermsBucket bucket) {
    return new TagCount(bucket.key().stringValue(), bucket.docCount());
  }
}
