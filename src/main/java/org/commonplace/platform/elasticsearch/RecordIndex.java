package org.commonplace.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record index: the record of truth that JNoSQL's repositories write. Reads that must see the
 * caller's own writes come here, because a GET by id is realtime while JNoSQL's reads are searches
 * that see a write only after the next refresh.
 */
@ApplicationScoped
public class RecordIndex {

  private static final Logger LOG = Logger.getLogger(RecordIndex.class.getName());

  /** Where JNoSQL records each document's entity name. */
  private static final String ENTITY_FIELD = "@entity";

  @Inject ElasticsearchClient client;

  @Inject
  @ConfigProperty(name = "jnosql.document.database")
  String name;

  public String name() {
    return name;
  }

  /** The field in which JNoSQL records each document's entity name. */
  public static String entityField() {
    return ENTITY_FIELD;
  }

  /**
   * Creates the index with the shipped mapping, or adds the shipped fields that an index made by an
   * older version lacks (adding fields is the one mapping change Elasticsearch allows in place).
   */
  public void ensureExists() {
    // the same /<database>.json the driver would use, so either creator gives one mapping
    IndexDefinition definition = new IndexDefinition("/" + name + ".json");
    try {
      if (client.indices().exists(e -> e.index(name)).value()) {
        client.indices().putMapping(m -> m.index(name).withJson(definition.mappings()));
        return;
      }
      client.indices().create(c -> c.index(name).withJson(definition.open()));
      LOG.info(() -> "Created the record index " + name);
    } catch (ElasticsearchException e) {
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A realtime read by id, with the version needed for a conditional write. */
  public <T> Optional<Versioned<T>> get(String id, Class<T> type) {
    try {
      GetResponse<T> response = client.get(g -> g.index(name).id(id).realtime(true), type);
      if (!response.found() || response.source() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Versioned<>(id, response.source(), response.seqNo(), response.primaryTerm()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String id) {
    try {
      return client.exists(e -> e.index(name).id(id).realtime(true)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
