package org.commonplace.platform.revision;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.platform.record.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kept versions against the real Elasticsearch, on a record index of their own. */
@DisplayName("The kept versions of a record")
class RevisionsIT {

  /** A record with nested data, like a story with its cycles. */
  public record Note(String id, String text, java.util.List<Step> steps) {}

  public record Step(String what, double value) {}

  static final RecordKind<Note> NOTES = RecordKind.of("TestRevisedNote", Note.class, "n:");

  private static ElasticsearchClient client;
  private static RecordStores stores;
  private static Revisions revisions;

  @BeforeAll
  static void wire() {
    client = TestRecordStores.client();
    RecordIndex index = TestRecordStores.recordIndex(client, "it-revisions");
    stores = TestRecordStores.stores(client, index, changed -> {});
    revisions = new Revisions();
    revisions.stores = stores;
    revisions.index = index;
  }

  @AfterAll
  static void close() throws Exception {
    client._transport().close();
  }

  @Test
  void shouldKeepEverySavedVersionWithWhoAndWhenNewestFirst() {
    RecordStore<Note> notes = stores.of(NOTES);
    Versioned<Note> first =
        notes.create("falls", new Note("falls", "first", java.util.List.of())).orElseThrow();
    revisions.keep(NOTES, first, "gwen-pryce", Instant.parse("2016-01-01T10:00:00Z"), null);
    Versioned<Note> second =
        notes.replace(
            first, new Note("falls", "second", java.util.List.of(new Step("night lights", 4.5))));
    revisions.keep(NOTES, second, "helen-marsh", Instant.parse("2016-02-01T10:00:00Z"), null);
    revisions.keep(NOTES, second, "helen-marsh", Instant.parse("2016-02-01T10:00:00Z"), null);

    assertThat(revisions.history(NOTES, "falls"))
        .containsExactly(
            new RevisionEntry(
                second.version(), "helen-marsh", Instant.parse("2016-02-01T10:00:00Z"), null),
            new RevisionEntry(
                first.version(), "gwen-pryce", Instant.parse("2016-01-01T10:00:00Z"), null));
    assertThat(revisions.version(NOTES, "falls", first.version()))
        .contains(new Note("falls", "first", java.util.List.of()));
    assertThat(revisions.version(NOTES, "falls", second.version()).orElseThrow().steps())
        .containsExactly(new Step("night lights", 4.5));
  }

  @Test
  void shouldRewriteEveryKeptVersionSoThatNoCopyOfAPassageRemains() {
    RecordStore<Note> notes = stores.of(NOTES);
    Versioned<Note> first =
        notes
            .create(
                "redact", new Note("redact", "Seen by Mrs Example on ward 4", java.util.List.of()))
            .orElseThrow();
    revisions.keep(NOTES, first, "gwen-pryce", Instant.now(), null);
    Versioned<Note> second =
        notes.replace(
            first, new Note("redact", "Seen by Mrs Example on ward 4, twice", java.util.List.of()));
    revisions.keep(NOTES, second, "gwen-pryce", Instant.now(), null);

    int rewritten =
        revisions.rewriteAll(
            NOTES,
            "redact",
            n -> new Note(n.id(), n.text().replace("Mrs Example", "[removed]"), n.steps()));

    assertThat(rewritten).isEqualTo(2);
    assertThat(revisions.version(NOTES, "redact", first.version()).orElseThrow().text())
        .isEqualTo("Seen by [removed] on ward 4");
    assertThat(revisions.version(NOTES, "redact", second.version()).orElseThrow().text())
        .isEqualTo("Seen by [removed] on ward 4, twice");
  }
}
