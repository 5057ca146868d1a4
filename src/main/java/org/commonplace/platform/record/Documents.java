package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The record index's documents as JSON, through the Elasticsearch client: realtime reads with their
 * version, create-if-absent, conditional replace and delete, searches. Every failure leaves here
 * sorted by {@link Failures}. Only {@link RecordStore} uses it.
 */
final class Documents {

  /** A write waits this long for an unavailable shard, then fails as "unavailable". */
  private static final String WRITE_TIMEOUT = "10s";

  private static final String KEEP_ALIVE = "2m";

  private final ElasticsearchClient client;
  private final String index;

  Documents(ElasticsearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /** A document as stored, with its sequence number, primary term and version. */
  record Stored(String documentId, JsonObject source, long seqNo, long primaryTerm, long version) {}

  /** What a write left behind. */
  record Written(long seqNo, long primaryTerm, long version) {}

  Optional<Stored> get(String documentId) {
    try {
      GetResponse<JsonData> response =
          client.get(g -> g.index(index).id(documentId).realtime(true), JsonData.class);
      if (!response.found() || response.source() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Stored(
              documentId,
              response.source().toJson().asJsonObject(),
              response.seqNo(),
              response.primaryTerm(),
              response.version()));
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /**
   * Realtime reads of several documents in one round trip, answered in the order asked.
   *
   * @throws RecordStoreUnavailableException when a document could not be read (its shard is
   *     unavailable): never taken as missing, which could make a member nobody
   */
  List<Optional<Stored>> getAll(List<String> documentIds) {
    try {
      MgetResponse<JsonData> response =
          client.mget(m -> m.index(index).ids(documentIds).realtime(true), JsonData.class);
      return response.docs().stream().map(Documents::stored).toList();
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  private static Optional<Stored> stored(MultiGetResponseItem<JsonData> item) {
    if (item.isFailure()) {
      throw new RecordStoreUnavailableException(
          new IOException(item.failure().id() + ": " + item.failure().error().reason()));
    }
    GetResult<JsonData> got = item.result();
    if (!got.found() || got.source() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Stored(
            got.id(),
            got.source().toJson().asJsonObject(),
            got.seqNo(),
            got.primaryTerm(),
            got.version()));
  }

  /**
   * @return empty when a document with this id exists; nothing is written then
   */
  Optional<Written> create(String documentId, JsonObject source) {
    return indexUnlessConflict(i -> i.id(documentId).opType(OpType.Create), source);
  }

  /**
   * Replaces a document only if it is still the version that was read.
   *
   * @return empty when it changed (or was removed) meanwhile; nothing is written then
   */
  Optional<Written> replace(Stored read, JsonObject source) {
    return indexUnlessConflict(
        i -> i.id(read.documentId()).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()),
        source);
  }

  /** A conditional write: a conflict (409) means "not written", anything else is an answer. */
  private Optional<Written> indexUnlessConflict(
      UnaryOperator<IndexRequest.Builder<JsonData>> condition, JsonObject source) {
    try {
      return Optional.of(
          written(
              client.<JsonData>index(
                  i ->
                      condition.apply(
                          i.index(index)
                              .timeout(t -> t.time(WRITE_TIMEOUT))
                              .document(JsonData.of(source))))));
    } catch (IOException | ElasticsearchException e) {
      if (Failures.status(e) == Failures.CONFLICT) {
        return Optional.empty();
      }
      throw Failures.translate(e);
    }
  }

  /** Writes whatever is there: for documents one writer owns. */
  Written put(String documentId, JsonObject source) {
    try {
      return written(
          client.index(
              i ->
                  i.index(index)
                      .id(documentId)
                      .timeout(t -> t.time(WRITE_TIMEOUT))
                      .document(JsonData.of(source))));
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /**
   * @param read the version to delete, or empty to delete whatever is there
   * @return false when there was nothing to delete, or it changed since it was read
   */
  boolean delete(String documentId, Optional<Stored> read) {
    try {
      return client
              .delete(
                  d -> {
                    d.index(index).id(documentId).timeout(t -> t.time(WRITE_TIMEOUT));
                    read.ifPresent(r -> d.ifSeqNo(r.seqNo()).ifPrimaryTerm(r.primaryTerm()));
                    return d;
                  })
              .result()
          == Result.Deleted;
    } catch (IOException | ElasticsearchException e) {
      int status = Failures.status(e);
      if (status == Failures.NOT_FOUND || status == Failures.CONFLICT) {
        return false;
      }
      throw Failures.translate(e);
    }
  }

  /** One page of documents matching a query, near-real-time, with the exact total. */
  Page search(RecordQuery query) {
    try {
      SearchResponse<JsonData> response =
          client.search(
              s -> {
                s.index(index)
                    .query(query.query())
                    .sort(query.sort())
                    .from(query.from())
                    .size(query.size())
                    .version(true)
                    .seqNoPrimaryTerm(true)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(query.aggregations());
                if (!query.leftOut().isEmpty()) {
                  s.source(src -> src.filter(f -> f.excludes(query.leftOut())));
                }
                return s;
              },
              JsonData.class);
      List<Stored> hits = response.hits().hits().stream().map(Documents::stored).toList();
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new Page(hits, total, response.aggregations());
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  long count(Query query) {
    try {
      return client.count(c -> c.index(index).query(query)).count();
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /**
   * Every document matching the query, a batch at a time, from one point-in-time view: pages past
   * the 10,000 a single search can reach, and no document is seen twice or skipped by a write that
   * happens meanwhile.
   */
  void forEach(Query query, int batch, Consumer<List<Stored>> consumer) {
    try {
      String pit =
          client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(KEEP_ALIVE))).id();
      try {
        List<FieldValue> after = null;
        while (true) {
          List<Hit<JsonData>> hits = pageAfter(pit, query, batch, after);
          if (hits.isEmpty()) {
            return;
          }
          consumer.accept(hits.stream().map(Documents::stored).toList());
          after = hits.get(hits.size() - 1).sort();
        }
      } finally {
        client.closePointInTime(c -> c.id(pit));
      }
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  private List<Hit<JsonData>> pageAfter(String pit, Query query, int batch, List<FieldValue> after)
      throws IOException {
    return client
        .search(
            s -> {
              s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                  .query(query)
                  .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)))
                  .version(true)
                  .seqNoPrimaryTerm(true)
                  .size(batch);
              if (after != null) {
                s.searchAfter(after);
              }
              return s;
            },
            JsonData.class)
        .hits()
        .hits();
  }

  /** Documents found by a search, and how many match in all. */
  record Page(List<Stored> hits, long total, Map<String, Aggregate> aggregations) {}

  private static Stored stored(Hit<JsonData> hit) {
    JsonObject source =
        hit.source() == null ? JsonValue.EMPTY_JSON_OBJECT : hit.source().toJson().asJsonObject();
    return new Stored(
        hit.id(),
        source,
        hit.seqNo() == null ? -1 : hit.seqNo(),
        hit.primaryTerm() == null ? -1 : hit.primaryTerm(),
        hit.version() == null ? -1 : hit.version());
  }

  private static Written written(IndexResponse response) {
    return new Written(response.seqNo(), response.primaryTerm(), response.version());
  }
}
