package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Logger;
import org.commonplace.platform.elasticsearch.IndexDefinition;
import org.commonplace.search.entity.StoryDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search index, always addressed through its alias so that a rebuild can fill a new index while
 * searches go on against the old one, then switch in one atomic alias change.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  static final IndexDefinition DEFINITION = new IndexDefinition("/elasticsearch/search-index.json");
  private static final int NOT_FOUND = 404;

  @Inject ElasticsearchClient client;

  @Inject
  @ConfigProperty(name = "commonplace.search.alias")
  String alias;

  public String alias() {
    return alias;
  }

  public boolean exists() {
    try {
      return client.indices().existsAlias(a -> a.name(alias)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the first index and its alias unless the alias exists; safe to race. */
  public void ensureExists() {
    try {
      if (exists()) {
        // an index made by an older version lacks the newest fields; adding fields is allowed
        client.indices().putMapping(m -> m.index(alias).withJson(DEFINITION.mappings()));
        return;
      }
      String first = alias + "-1";
      createIndex(first);
      client.indices().putAlias(a -> a.index(first).name(alias).isWriteIndex(true));
      LOG.info(() -> "Created the search index " + first + " behind the alias " + alias);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void createIndex(String name) throws IOException {
    try {
      client.indices().create(c -> c.index(name).withJson(DEFINITION.open()));
    } catch (ElasticsearchException e) {
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    }
  }

  /** The concrete indices behind the alias (one, except for a moment during a rebuild). */
  Set<String> indicesBehindAlias() throws IOException {
    return client.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  public void put(StoryDocument document) {
    try {
      client.index(i -> i.index(alias).id(document.id()).document(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void remove(String storyId) {
    try {
      client.delete(d -> d.index(alias).id(storyId));
    } catch (ElasticsearchException e) {
      if (e.status() != NOT_FOUND) {
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
