package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import java.util.Set;
import org.commonplace.search.entity.SearchQuery;

/**
 * The body {@link Finder} sends to Elasticsearch for a search, built by its own code, so that the
 * search benchmark's floor is exactly the portal's query and cannot drift from it.
 */
public final class SearchRequests {

  private SearchRequests() {}

  /** {@code POST /<alias>/_search} with this body answers what the portal would ask. */
  public static String body(String words, Set<String> networks, String alias) {
    Finder search = new Finder();
    search.index = new SearchIndex();
    search.index.alias = alias;
    search.glossary = TestGlossaries.shipped();
    SearchRequest request = search.request(SearchQuery.of(words, null, null), networks);
    return JsonpUtils.toJsonString(request, new SimpleJsonpMapper());
  }
}
