package org.commonplace.story.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.platform.elasticsearch.RecordDocuments;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.platform.elasticsearch.Versioned;
import org.commonplace.story.entity.StoryChange;

/**
 * The durable list of stories whose projections are behind. One entry per story (a second change
 * overwrites the first and bumps its sequence number), so acknowledging with the sequence number
 * read before projecting can never drop a change that arrived meanwhile.
 */
@ApplicationScoped
public class StoryChangeJournal {

  private static final int CONFLICT = 409;

  @Inject RecordIndex records;
  @Inject ElasticsearchClient client;
  @Inject Clock clock;

  public void record(String storyId) {
    try {
      client.index(
          i ->
              i.index(records.name())
                  .id(entryId(storyId))
                  .document(StoryChange.of(storyId, clock.instant())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Versioned<StoryChange>> find(String storyId) {
    return records.get(entryId(storyId), StoryChange.class);
  }

  /** The oldest entries first; near-real-time, which is fine for a retry sweep. */
  public List<Versioned<StoryChange>> pending(int max) {
    try {
      return client
          .search(
              s ->
                  s.index(records.name())
                      .query(
                          q ->
                              q.term(
                                  t ->
                                      t.field(RecordIndex.entityField()).value(StoryChange.ENTITY)))
                      .sort(o -> o.field(f -> f.field("recordedAt").order(SortOrder.Asc)))
                      .seqNoPrimaryTerm(true)
                      .size(max),
              StoryChange.class)
          .hits()
          .hits()
          .stream()
          .map(StoryChangeJournal::versioned)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long count() {
    try {
      return client
          .count(
              c ->
                  c.index(records.name())
                      .query(
                          q ->
                              q.term(
                                  t ->
                                      t.field(RecordIndex.entityField())
                                          .value(StoryChange.ENTITY))))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the entry if it is still the one that was read.
   *
   * @return false when the story changed again meanwhile: the entry stays for the next pass
   */
  public boolean acknowledge(Versioned<StoryChange> entry) {
    try {
      client.delete(
          d ->
              d.index(records.name())
                  .id(entry.id())
                  .ifSeqNo(entry.seqNo())
                  .ifPrimaryTerm(entry.primaryTerm()));
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (RecordDocuments.status(e) == CONFLICT) {
        return false;
      }
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private static Versioned<StoryChange> versioned(Hit<StoryChange> hit) {
    return new Versioned<>(hit.id(), hit.source(), hit.seqNo(), hit.primaryTerm());
  }

  /** A colon never appears in a story id, so journal entries cannot collide with stories. */
  static String entryId(String storyId) {
    return "story-change:" + storyId;
  }
}
