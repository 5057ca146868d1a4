package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import org.commonplace.platform.elasticsearch.IndexDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record index: the one index that holds every feature's records, the record of truth. This
 * class only names and creates it; reading and writing records is {@link RecordStore}'s job.
 */
@ApplicationScoped
public class RecordIndex {

  private static final Logger LOG = Logger.getLogger(RecordIndex.class.getName());

  /** Where each document names its kind; JNoSQL's queries filter on it too. */
  private static final String ENTITY_FIELD = "@entity";

  @Inject ElasticsearchClient client;

  @Inject
  @ConfigProperty(name = "jnosql.document.database")
  String name;

  public String name() {
    return name;
  }

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
        throw Failures.translate(e);
      }
    } catch (IOException e) {
      throw Failures.translate(e);
    }
  }

  /** Makes the writes so far visible to searches, for lists that must be current. */
  public void refresh() {
    try {
      client.indices().refresh(r -> r.index(name));
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }
}
