package org.commonplace.lesson.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import java.time.LocalDate;
import java.util.Set;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordQuery;

/**
 * The lessons library's search as the record store sends it to Elasticsearch, for a benchmark's
 * floor: the query {@link LibraryQueries} builds, narrowed to lessons, with the same options.
 */
public final class LessonLibraryRequests {

  private LessonLibraryRequests() {}

  /**
   * {@code POST /<record index>/_search?typed_keys=true} with this body asks what the portal asks.
   */
  public static String body(LibraryQuery asked, Set<String> readable, LocalDate today) {
    RecordQuery query = LibraryQueries.of(asked, readable, Set.of(), today);
    Query lessons =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.must(query.query())
                            .filter(
                                f ->
                                    f.term(
                                        t ->
                                            t.field(RecordIndex.entityField())
                                                .value(Lesson.KIND.name())))));
    SearchRequest request =
        SearchRequest.of(
            s ->
                s.query(lessons)
                    .sort(query.sort())
                    .from(query.from())
                    .size(query.size())
                    .version(true)
                    .seqNoPrimaryTerm(true)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(query.aggregations())
                    .source(src -> src.filter(f -> f.excludes(query.leftOut()))));
    return JsonpUtils.toJsonString(request, new SimpleJsonpMapper());
  }
}
