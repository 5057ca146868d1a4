package org.commonplace.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.elasticsearch.client.ResponseException;

/**
 * Writes and queries records through the Elasticsearch client where JNoSQL cannot do it safely:
 * inserts that must not overwrite ({@code op_type=create}), updates that must not lose a concurrent
 * change ({@code if_seq_no}), deletes that must really happen, and searches with more than ten
 * results. Records written here carry their {@code @entity} field themselves.
 */
@ApplicationScoped
public class RecordDocuments {

  private static final int CONFLICT = 409;
  private static final int NOT_FOUND = 404;

  @Inject ElasticsearchClient client;
  @Inject RecordIndex records;

  /**
   * @return false when a record with this id exists already; nothing is written then
   */
  public boolean create(String id, Object document) {
    try {
      client.index(i -> i.index(records.name()).id(id).opType(OpType.Create).document(document));
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (status(e) == CONFLICT) {
        return false;
      }
      throw unchecked(e);
    }
  }

  /** Writes unconditionally: only for records that one writer owns, such as audit entries. */
  public void put(String id, Object document) {
    try {
      client.index(i -> i.index(records.name()).id(id).document(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces a record only if it is still the version that was read.
   *
   * @throws ConcurrentChangeException when it changed meanwhile; nothing is written then
   */
  public void replace(Versioned<?> read, Object document) {
    try {
      client.index(
          i ->
              i.index(records.name())
                  .id(read.id())
                  .ifSeqNo(read.seqNo())
                  .ifPrimaryTerm(read.primaryTerm())
                  .document(document));
    } catch (ElasticsearchException | IOException e) {
      if (status(e) == CONFLICT) {
        throw new ConcurrentChangeException(read.id());
      }
      throw unchecked(e);
    }
  }

  /**
   * @return false when there was nothing to delete
   */
  public boolean delete(String id) {
    try {
      return client.delete(d -> d.index(records.name()).id(id)).result() == Result.Deleted;
    } catch (ElasticsearchException | IOException e) {
      if (status(e) == NOT_FOUND) {
        return false;
      }
      throw unchecked(e);
    }
  }

  /**
   * The HTTP status of a refusal. The client reports some as an ElasticsearchException and others
   * as the REST client's ResponseException or a TransportException, both IOExceptions: an insert
   * with op_type=create that finds the id taken comes back as a ResponseException.
   */
  public static int status(Exception e) {
    if (e instanceof ElasticsearchException refused) {
      return refused.status();
    }
    if (e instanceof TransportException transport) {
      return transport.statusCode();
    }
    if (e instanceof ResponseException response) {
      return response.getResponse().getStatusLine().getStatusCode();
    }
    return -1;
  }

  private static RuntimeException unchecked(Exception e) {
    return e instanceof RuntimeException runtime
        ? runtime
        : new UncheckedIOException((IOException) e);
  }

  /** Makes the writes so far visible to searches, for rare admin lists that must be current. */
  public void refresh() {
    try {
      client.indices().refresh(r -> r.index(records.name()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Records of one entity type matching a query, near-real-time.
   *
   * @param size at most 10,000 (Elasticsearch's result window)
   */
  public <T> Found<T> search(
      String entity, Query query, List<SortOptions> sort, int from, int size, Class<T> type) {
    return search(entity, query, sort, from, size, type, Hit::source);
  }

  /**
   * As {@link #search(String, Query, List, int, int, Class)}, each hit turned into a value by
   * {@code read}: for records that keep their id only in the document id, as JNoSQL writes them.
   */
  public <T, R> Found<R> search(
      String entity,
      Query query,
      List<SortOptions> sort,
      int from,
      int size,
      Class<T> type,
      Function<Hit<T>, R> read) {
    try {
      SearchResponse<T> response =
          client.search(
              s ->
                  s.index(records.name())
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.must(query)
                                          .filter(
                                              f ->
                                                  f.term(
                                                      t ->
                                                          t.field(RecordIndex.entityField())
                                                              .value(entity)))))
                      .sort(sort)
                      .from(from)
                      .size(size)
                      .trackTotalHits(t -> t.enabled(true)),
              type);
      List<R> hits = response.hits().hits().stream().map(read).toList();
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new Found<>(hits, total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of records and how many match in all. */
  public record Found<T>(List<T> items, long total) {}
}
