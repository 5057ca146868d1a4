package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonplace.platform.record.Failures;
import org.commonplace.search.entity.FoundDocument;
import org.commonplace.search.entity.SearchHit;

/**
 * The items most like one story, lesson or thread (Elasticsearch's more-like-this over titles,
 * summaries and bodies), among what the reader may read: the same permission filter as every
 * search. A thread's own replies are left out, being the thread itself. Answers are kept a minute
 * per item and set of readable networks: what is related changes slowly, and a page read often
 * should not cost a search each time.
 */
@ApplicationScoped
public class Related {

  static final int SHOWN = 5;
  static final Duration KEPT = Duration.ofMinutes(1);

  @Inject ElasticsearchClient client;
  @Inject SearchIndex index;

  private final Cache<String, List<SearchHit>> answers =
      Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(20_000).build();

  /**
   * @param networks the networks the reader may read; nothing else is offered
   */
  public List<SearchHit> to(String id, Set<String> networks) {
    if (id == null || id.isBlank() || networks.isEmpty()) {
      return List.of();
    }
    String key = id + "|" + String.join(",", new TreeSet<>(networks));
    return answers.get(key, k -> find(id, networks));
  }

  private List<SearchHit> find(String id, Set<String> networks) {
    try {
      return client.search(request(id, networks), FoundDocument.class).hits().hits().stream()
          .map(Finder::toHit)
          .toList();
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  SearchRequest request(String id, Set<String> networks) {
    Query mayRead = Finder.mayRead(networks);
    return SearchRequest.of(
        s ->
            s.index(index.alias())
                .size(SHOWN)
                .query(
                    q ->
                        q.bool(
                            b ->
                                b.must(
                                        m ->
                                            m.moreLikeThis(
                                                l ->
                                                    l.fields("title", "summary", "body")
                                                        .like(
                                                            k ->
                                                                k.document(
                                                                    d ->
                                                                        d.index(index.alias())
                                                                            .id(id)))
                                                        // a small network's corpus: a word
                                                        // said twice already says something
                                                        .minTermFreq(1)
                                                        .minDocFreq(1)
                                                        .maxQueryTerms(25)
                                                        .minimumShouldMatch("20%")))
                                    .filter(mayRead)
                                    .filter(Finder.EVERY_KIND)
                                    .mustNot(Finder.RETIRED)
                                    .mustNot(n -> n.ids(i -> i.values(id)))
                                    .mustNot(n -> n.term(t -> t.field("threadId").value(id))))));
  }
}
