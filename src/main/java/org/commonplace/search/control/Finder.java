package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonplace.platform.markdown.HtmlText;
import org.commonplace.platform.record.Failures;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.search.entity.Cursor;
import org.commonplace.search.entity.Folding;
import org.commonplace.search.entity.FoundDocument;
import org.commonplace.search.entity.KindCount;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.TagCount;
import org.commonplace.search.entity.TypedQuery;

/**
 * Answers a member's search over case stories, lessons learned, shared narratives and discussions
 * (threads and replies) at once: words matched through the English hunspell analyzer (so
 * "partnerships improving" finds "partnership to improve"), a lesson's statement weighed like a
 * title, matched words marked in the title and snippets, each hit with its kind and its page, the
 * tags of all matches and how many matches each kind has as facets.
 *
 * <p>Permission is part of the query, the same for every kind: only documents whose network the
 * member may read are matched, so no count, facet or page can reveal a members-only network's
 * material.
 */
@ApplicationScoped
public class Finder {

  private static final String TAGS = "tags";
  private static final String KINDS = "kinds";
  private static final String KIND = "kind";
  private static final int TAG_FACET_SIZE = 25;
  private static final int SNIPPET_CHARS = 180;

  /** How long a walk's point in time is kept after each page: a client reads on, or is gone. */
  static final String WALK_KEPT = "2m";

  static final Query EVERY_KIND =
      Query.of(
          q ->
              q.terms(
                  t ->
                      t.field(KIND)
                          .terms(
                              v ->
                                  v.value(
                                      Arrays.stream(SearchKind.values())
                                          .map(k -> FieldValue.of(k.recordKind()))
                                          .toList()))));
  private static final Query MATCH_ALL = Query.of(q -> q.matchAll(m -> m));
  static final Query RETIRED = Query.of(q -> q.term(t -> t.field(SearchIndex.RETIRED).value(true)));

  @Inject ElasticsearchClient client;
  @Inject SearchIndex index;
  @Inject SearchGlossary glossary;

  /**
   * @param networks the networks whose material the member may read; nothing else is searched
   */
  public SearchResults search(SearchQuery query, Set<String> networks) {
    if (query.isWalk()) {
      return walk(query, networks);
    }
    try {
      SearchResponse<FoundDocument> response =
          client.search(request(query, networks), FoundDocument.class);
      List<SearchHit> hits = response.hits().hits().stream().map(Finder::toHit).toList();
      long total = total(response);
      return new SearchResults(
          query,
          total,
          hits,
          tags(response),
          kinds(response),
          Facets.read(query, response.aggregations()),
          didYouMean(query, networks, total, response).orElse(null),
          null);
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /**
   * One page of a walk through every hit (the counts of kinds, tags and facets with the first page
   * only): within a point in time (opened for the first page, kept two minutes after each), after
   * the last hit of the page before, in a total order (score or date, then Elasticsearch's own
   * document order), so no hit is given twice or skipped however far the walk goes.
   *
   * @throws InvalidInputException naming {@code after} when the cursor is no cursor of ours or its
   *     point in time has expired
   */
  private SearchResults walk(SearchQuery query, Set<String> networks) {
    try {
      Cursor cursor =
          Cursor.START.equals(query.after())
              ? new Cursor(openPointInTime(), List.of())
              : Cursor.decode(query.after())
                  .orElseThrow(() -> InvalidInputException.of("after", "search.after.invalid"));
      SearchResponse<FoundDocument> response =
          client.search(walkRequest(query, networks, cursor), FoundDocument.class);
      List<Hit<FoundDocument>> found = response.hits().hits();
      String next = null;
      if (found.size() == SearchQuery.PAGE_SIZE) {
        String pit = response.pitId() == null ? cursor.pit() : response.pitId();
        next = new Cursor(pit, sortValues(found.get(found.size() - 1))).encode();
      }
      boolean first = cursor.after().isEmpty();
      return new SearchResults(
          query,
          total(response),
          found.stream().map(Finder::toHit).toList(),
          first ? tags(response) : List.of(),
          first ? kinds(response) : List.of(),
          first ? Facets.read(query, response.aggregations()) : List.of(),
          null,
          next);
    } catch (ElasticsearchException e) {
      int status = Failures.status(e);
      if (status == 404 || status == 400) {
        // the point in time expired (or was never ours): the walk starts again
        throw InvalidInputException.of("after", "search.after.invalid");
      }
      throw Failures.translate(e);
    } catch (IOException e) {
      throw Failures.translate(e);
    }
  }

  private String openPointInTime() throws IOException {
    return client
        .openPointInTime(o -> o.index(index.alias()).keepAlive(t -> t.time(WALK_KEPT)))
        .id();
  }

  SearchRequest walkRequest(SearchQuery query, Set<String> networks, Cursor cursor) {
    SearchRequest page = request(query, networks);
    boolean byDate = query.newest() || query.text().isBlank();
    return SearchRequest.of(
        s -> {
          s.query(page.query())
              .postFilter(page.postFilter())
              .highlight(page.highlight())
              .size(SearchQuery.PAGE_SIZE)
              .trackTotalHits(t -> t.enabled(true))
              .pit(p -> p.id(cursor.pit()).keepAlive(t -> t.time(WALK_KEPT)))
              .sort(
                  byDate
                      ? SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Desc)))
                      : SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc))))
              .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
          if (cursor.after().isEmpty()) {
            // the counts come with the first page only: they are the same on every page
            s.aggregations(page.aggregations());
          } else {
            s.searchAfter(cursor.after().stream().map(Finder::fieldValue).toList());
          }
          return s;
        });
  }

  private static List<Object> sortValues(Hit<FoundDocument> hit) {
    return hit.sort().stream()
        .map(
            v ->
                v.isLong()
                    ? (Object) v.longValue()
                    : v.isDouble()
                        ? (Object) v.doubleValue()
                        : v.isBoolean() ? (Object) v.booleanValue() : (Object) v.stringValue())
        .toList();
  }

  private static FieldValue fieldValue(Object value) {
    if (value instanceof Long l) {
      return FieldValue.of(l);
    }
    if (value instanceof Double d) {
      return FieldValue.of(d);
    }
    if (value instanceof Boolean b) {
      return FieldValue.of(b);
    }
    return FieldValue.of(String.valueOf(value));
  }

  /**
   * The permission filter of every search, suggestion and related list: only documents of the
   * networks the member may read. An empty set matches nothing, never everything.
   */
  static Query mayRead(Set<String> networks) {
    List<FieldValue> readable = networks.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field("networkId").terms(v -> v.value(readable))));
  }

  private static long total(SearchResponse<?> response) {
    return response.hits().total() == null
        ? response.hits().hits().size()
        : response.hits().total().value();
  }

  /**
   * The words to try instead, when few hits came and the words with a typo fixed find more for this
   * member: checked with the member's own filters, so no suggestion comes from material they may
   * not read.
   */
  private Optional<String> didYouMean(
      SearchQuery query, Set<String> networks, long total, SearchResponse<FoundDocument> response)
      throws IOException {
    if (total >= DidYouMean.OFFERED_BELOW) {
      return Optional.empty();
    }
    Optional<String> corrected = DidYouMean.corrected(query.text(), response.suggest());
    if (corrected.isEmpty() || corrected.get().equals(Folding.fold(query.text()))) {
      return Optional.empty();
    }
    SearchQuery instead =
        SearchQuery.of(corrected.get(), query.tag().orElse(null), query.kind().orElse(null), 1)
            .narrowed(query.filters(), false);
    SearchRequest check = request(instead, networks, false);
    long found = total(client.search(check, FoundDocument.class));
    return found > total ? corrected : Optional.empty();
  }

  /**
   * Package-private so the search benchmark can send this very query straight to Elasticsearch.
   *
   * <p>The kind asked for narrows the hits through a post filter, so the kind facet still counts
   * every kind's matches (a member sees what the other kinds hold); the tag facet is narrowed to
   * that kind inside its own aggregation.
   */
  SearchRequest request(SearchQuery query, Set<String> networks) {
    return request(query, networks, true);
  }

  /**
   * @param whole false for a count alone: no hits, counts, highlights or suggestions
   */
  private SearchRequest request(SearchQuery query, Set<String> networks, boolean whole) {
    TypedQuery typed = glossary.current().expand(TypedQuery.parse(query.text()));
    // nothing searchable typed ("***"): the newest material, as an empty box gives
    boolean browse = typed.isEmpty();
    Query mayRead = mayRead(networks);
    Query ofKind = kindFilter(query.kind());
    List<Query> facetValues = List.copyOf(Facets.filters(query, null));
    List<Query> withKind = new ArrayList<>(facetValues);
    withKind.add(ofKind);
    Query chosen = Query.of(q -> q.bool(b -> b.filter(facetValues)));
    Query ofKindAndChosen = Query.of(q -> q.bool(b -> b.filter(List.copyOf(withKind))));
    return SearchRequest.of(
        s -> {
          s.index(index.alias())
              .query(
                  q ->
                      q.bool(
                          b ->
                              b.must(browse ? MATCH_ALL : QueryWords.of(typed))
                                  .filter(tagFilter(query))
                                  .filter(mayRead)
                                  .filter(EVERY_KIND)
                                  // drafts and deleted records leave a retired document behind
                                  .mustNot(RETIRED)))
              // kind and facet values narrow the hits after the counts are made
              .postFilter(ofKindAndChosen)
              .trackTotalHits(t -> t.enabled(true));
          if (!whole) {
            return s.size(0);
          }
          s.from(query.from())
              .size(SearchQuery.PAGE_SIZE)
              .aggregations(
                  TAGS,
                  a ->
                      a.filter(ofKindAndChosen)
                          .aggregations(
                              TAGS, t -> t.terms(f -> f.field(TAGS).size(TAG_FACET_SIZE))))
              .aggregations(
                  KINDS,
                  a ->
                      a.filter(chosen)
                          .aggregations(
                              KINDS,
                              t -> t.terms(f -> f.field(KIND).size(SearchKind.values().length))))
              .aggregations(Facets.aggregations(query, ofKind))
              .highlight(
                  h ->
                      h.encoder(HighlighterEncoder.Html)
                          .preTags("<mark>")
                          .postTags("</mark>")
                          .fields("title", f -> f.numberOfFragments(0))
                          .fields(
                              "summary", f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1))
                          .fields("body", f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(2)));
          if (!browse) {
            s.suggest(DidYouMean.suggester(query.text()));
          }
          if (browse || query.newest()) {
            s.sort(o -> o.field(f -> f.field("created").order(SortOrder.Desc)));
          }
          return s;
        });
  }

  private static Query kindFilter(Optional<SearchKind> kind) {
    return kind.map(k -> Query.of(q -> q.term(t -> t.field(KIND).value(k.recordKind()))))
        .orElse(EVERY_KIND);
  }

  private static List<Query> tagFilter(SearchQuery query) {
    return query
        .tag()
        .map(tag -> List.of(Query.of(q -> q.term(t -> t.field(TAGS).value(tag)))))
        .orElse(List.of());
  }

  static SearchHit toHit(Hit<FoundDocument> hit) {
    FoundDocument found = hit.source();
    Map<String, List<String>> marked = hit.highlight();
    String title =
        marked.getOrDefault("title", List.of()).stream()
            .findFirst()
            .orElse(HtmlText.escape(found.title() == null ? found.threadTitle() : found.title()));
    List<String> snippets = new ArrayList<>(marked.getOrDefault("summary", List.of()));
    snippets.addAll(marked.getOrDefault("body", List.of()));
    if (snippets.isEmpty() && found.summary() != null && !found.summary().isBlank()) {
      snippets.add(HtmlText.escape(found.summary()));
    }
    SearchKind kind = SearchKind.ofRecordKind(found.kind()).orElse(SearchKind.STORY);
    return new SearchHit(
        found.id(),
        title,
        List.copyOf(snippets),
        found.tags() == null ? List.of() : found.tags(),
        found.author(),
        found.organisation(),
        found.network(),
        found.created(),
        kind.param(),
        kind.url(
            URLEncoder.encode(found.id(), StandardCharsets.UTF_8),
            found.threadId() == null
                ? null
                : URLEncoder.encode(found.threadId(), StandardCharsets.UTF_8)),
        found.state());
  }

  private static List<TagCount> tags(SearchResponse<FoundDocument> response) {
    Aggregate filtered = response.aggregations().get(TAGS);
    if (filtered == null || !filtered.isFilter()) {
      return List.of();
    }
    Aggregate aggregate = filtered.filter().aggregations().get(TAGS);
    if (aggregate == null || !aggregate.isSterms()) {
      return List.of();
    }
    return aggregate.sterms().buckets().array().stream().map(Finder::toTagCount).toList();
  }

  /** Every kind, in the order of {@link SearchKind}, those without a match counted as none. */
  private static List<KindCount> kinds(SearchResponse<FoundDocument> response) {
    Aggregate filtered = response.aggregations().get(KINDS);
    Aggregate aggregate =
        filtered != null && filtered.isFilter()
            ? filtered.filter().aggregations().get(KINDS)
            : null;
    Map<String, Long> counts = new HashMap<>();
    if (aggregate != null && aggregate.isSterms()) {
      for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
        counts.put(bucket.key().stringValue(), bucket.docCount());
      }
    }
    return Arrays.stream(SearchKind.values())
        .map(k -> new KindCount(k.param(), counts.getOrDefault(k.recordKind(), 0L)))
        .toList();
  }

  private static TagCount toTagCount(StringTermsBucket bucket) {
    return new TagCount(bucket.key().stringValue(), bucket.docCount());
  }
}
