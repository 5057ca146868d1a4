package org.commonplace.content.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordSnapshot;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;

/**
 * Narratives as content files: the networks that have one, and for each its every kept version as
 * {@code <n>.md} with the endorsements of that version.
 */
@ApplicationScoped
public class NarrativeExport {

  private static final int BATCH = 100;

  /** More endorsements than a network has partner organisations times versions. */
  private static final int ENDORSEMENTS_MAX = 10_000;

  @Inject RecordStores stores;
  @Inject RecordIndex index;
  @Inject Revisions revisions;

  /** The ids of the networks with a narrative. */
  public List<String> ids() {
    index.refresh();
    List<String> ids = new ArrayList<>();
    stores
        .of(Narrative.KIND)
        .forEachSnapshot(
            BATCH,
            batch -> batch.stream().filter(RecordSnapshot::exists).forEach(s -> ids.add(s.id())));
    ids.sort(null);
    return ids;
  }

  /** Each version's file by its number, 1 to the current one; empty when there is no narrative. */
  public Optional<Map<String, String>> files(String networkId) {
    if (!Ids.isWellFormed(networkId)) {
      return Optional.empty();
    }
    return stores
        .of(Narrative.KIND)
        .find(networkId)
        .map(
            current -> {
              Map<Long, List<Endorsement>> endorsed = endorsements(networkId);
              Map<String, String> files = new LinkedHashMap<>();
              for (long n = 1; n <= current.version(); n++) {
                Narrative version = version(current, n);
                files.put(
                    Long.toString(n),
                    NarrativeFileWriter.write(version, endorsed.getOrDefault(n, List.of())));
              }
              return files;
            });
  }

  private Narrative version(Versioned<Narrative> current, long n) {
    if (n == current.version()) {
      return current.value();
    }
    // every save keeps its version; one lost to a crash between save and keep reads as the next
    for (long later = n; later < current.version(); later++) {
      Optional<Narrative> kept = revisions.version(Narrative.KIND, current.id(), later);
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    return current.value();
  }

  private Map<Long, List<Endorsement>> endorsements(String networkId) {
    index.refresh();
    return stores
        .of(Endorsement.KIND)
        .search(
            Query.of(q -> q.term(t -> t.field("networkId").value(networkId))),
            List.of(),
            0,
            ENDORSEMENTS_MAX)
        .items()
        .stream()
        .collect(Collectors.groupingBy(Endorsement::version));
  }
}
