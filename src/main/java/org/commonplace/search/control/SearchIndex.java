package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.platform.elasticsearch.IndexDefinition;
import org.commonplace.platform.json.JsonP;
import org.commonplace.platform.record.Failures;
import org.commonplace.search.entity.Folding;
import org.commonplace.search.entity.SearchDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search index, always addressed through its alias so that a rebuild can fill a new index while
 * searches go on against the old one, then switch in one atomic alias change. While a rebuild runs,
 * a second alias names the index being filled, and every projection writes there too.
 *
 * <p>Every document is written with the record's version as an external version: Elasticsearch
 * refuses a write older than (or as old as) what it holds, so a late projection can never undo a
 * newer one. A record nobody may find (a draft, a deleted record) leaves a retired document with
 * its version rather than nothing, so that the refusal holds for it too.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  static final IndexDefinition DEFINITION = new IndexDefinition("/elasticsearch/search-index.json");
  static final String RETIRED = "retired";
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;

  @Inject ElasticsearchClient client;

  @Inject
  @ConfigProperty(name = "commonplace.search.alias")
  String alias;

  public String alias() {
    return alias;
  }

  String buildingAlias() {
    return alias + "-building";
  }

  public boolean exists() {
    return aliasExists(alias);
  }

  /** Creates the first index and its alias unless the alias exists; safe to race. */
  public void ensureExists() {
    try {
      if (exists()) {
        // an index made by an older version lacks the newest fields; adding fields is allowed.
        // Its generation stays as it was: putting the shipped _meta here would make an outdated
        // index look current, and the start would skip the rebuild that reshapes its documents.
        client.indices().putMapping(m -> m.index(alias).withJson(fieldsOnly()));
        return;
      }
      String first = alias + "-1";
      createIndex(first);
      client.indices().putAlias(a -> a.index(first).name(alias).isWriteIndex(true));
      LOG.info(() -> "Created the search index " + first + " behind the alias " + alias);
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /** The shipped mappings without their {@code _meta}, for adding fields to an existing index. */
  static InputStream fieldsOnly() {
    try (var reader = JsonP.PROVIDER.createReader(DEFINITION.mappings())) {
      JsonObject mappings = reader.readObject();
      JsonObject fields = JsonP.PROVIDER.createObjectBuilder(mappings).remove("_meta").build();
      return new ByteArrayInputStream(fields.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether the index behind the alias was made from the shipped definition's generation: an older
   * one may hold documents in an older shape, and is rebuilt.
   */
  public boolean isCurrent() {
    try {
      return indicesBehindAlias().stream()
          .allMatch(index -> definitionOf(index) == shippedDefinition());
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /** Writes a record's document, unless the index holds the same or a newer version already. */
  public boolean write(SearchDocument document, long version) {
    return index(document.id(), source(document), version);
  }

  /**
   * The document as indexed: its fields, and its searchable text once more without accents (the
   * {@code folded} field), folded here because the distribution has no folding filter.
   */
  static JsonObject source(SearchDocument document) {
    JsonObject fields = DocumentJson.toObject(document);
    StringBuilder text = new StringBuilder();
    for (String field : FOLDED_FROM) {
      if (fields.get(field) instanceof JsonString value) {
        text.append(value.getString()).append('\n');
      }
    }
    var source =
        JsonP.PROVIDER.createObjectBuilder(fields).add(FOLDED, Folding.fold(text.toString()));
    suggestion(fields).ifPresent(s -> source.add(SUGGEST, s));
    return source.build();
  }

  /**
   * What autocomplete offers for a document: its title as written and without accents, within its
   * network (a completion context, so suggestions can be limited to the networks a member may
   * read). Replies have their thread's title and are not offered on their own.
   */
  private static Optional<JsonObject> suggestion(JsonObject fields) {
    if (!(fields.get("title") instanceof JsonString title)
        || !(fields.get("networkId") instanceof JsonString network)
        || NOT_SUGGESTED.contains(fields.getString("kind", ""))) {
      return Optional.empty();
    }
    String written = title.getString().strip();
    String folded = Folding.fold(written);
    var inputs = JsonP.PROVIDER.createArrayBuilder().add(written);
    if (!folded.equals(written.toLowerCase(java.util.Locale.ROOT))) {
      inputs.add(folded);
    }
    return Optional.of(
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("input", inputs)
            .add(
                "contexts",
                JsonP.PROVIDER
                    .createObjectBuilder()
                    .add(
                        SUGGEST_CONTEXT,
                        JsonP.PROVIDER.createArrayBuilder().add(network.getString())))
            .build());
  }

  /** Makes a record unfindable, remembering its version. */
  public boolean retire(String kind, String id, long version) {
    return index(id, retired(kind, id), version);
  }

  /** For a record that left no trace at all: its document goes. */
  public void remove(String id) {
    for (String target : targets()) {
      try {
        client.delete(d -> d.index(target).id(id));
      } catch (IOException | ElasticsearchException e) {
        if (Failures.status(e) != NOT_FOUND) {
          throw Failures.translate(e);
        }
      }
    }
  }

  static final String FOLDED = "folded";
  static final String SUGGEST = "suggest";
  static final String SUGGEST_CONTEXT = "network";
  private static final Set<String> NOT_SUGGESTED = Set.of("Reply");
  private static final List<String> FOLDED_FROM = List.of("title", "summary", "body");

  static JsonObject retired(String kind, String id) {
    return JsonP.PROVIDER
        .createObjectBuilder()
        .add("id", id)
        .add("kind", kind)
        .add(RETIRED, true)
        .build();
  }

  private boolean index(String id, JsonObject source, long version) {
    boolean written = true;
    for (String target : targets()) {
      try {
        client.index(
            i ->
                i.index(target)
                    .id(id)
                    .version(version)
                    .versionType(VersionType.External)
                    .document(JsonData.of(source)));
      } catch (IOException | ElasticsearchException e) {
        if (Failures.status(e) != CONFLICT) {
          throw Failures.translate(e);
        }
        written = false;
      }
    }
    return written;
  }

  /** The live alias, and the index a rebuild is filling if one is. */
  private List<String> targets() {
    List<String> targets = new ArrayList<>(List.of(alias));
    if (aliasExists(buildingAlias())) {
      targets.add(buildingAlias());
    }
    return targets;
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

  private boolean aliasExists(String name) {
    try {
      return client.indices().existsAlias(a -> a.name(name)).value();
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  private long definitionOf(String index) {
    try {
      var meta = client.indices().getMapping(m -> m.index(index)).get(index).mappings().meta();
      JsonData definition = meta == null ? null : meta.get("definition");
      return definition == null ? 0 : definition.to(Long.class);
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  private static long shippedDefinition() {
    try (var reader = JsonP.PROVIDER.createReader(DEFINITION.open())) {
      return reader
          .readObject()
          .getJsonObject("mappings")
          .getJsonObject("_meta")
          .getJsonNumber("definition")
          .longValue();
    }
  }
}
