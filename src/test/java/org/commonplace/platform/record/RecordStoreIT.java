package org.commonplace.platform.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The record store against the real Elasticsearch: no acknowledged write is lost, whatever runs at
 * the same time. A record index of its own, no container.
 */
@DisplayName("The record store")
class RecordStoreIT {

  /** A number many writers change at once, such as a thread's reply count. */
  public record Counter(String id, int value) {}

  /** A record whose changes are projected, like a case story. */
  public record Note(String id, String text) {}

  static final RecordKind<Counter> COUNTERS = RecordKind.of("TestCounter", Counter.class, "c:");
  static final RecordKind<Note> NOTES = RecordKind.projected("TestNote", Note.class);

  private static ElasticsearchClient client;
  private static RecordStores stores;
  private static final List<RecordChanged> ANNOUNCED = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void store() {
    client = TestRecordStores.client();
    RecordIndex index = TestRecordStores.recordIndex(client, "it-record-store");
    stores = TestRecordStores.stores(client, index, ANNOUNCED::add);
  }

  @AfterAll
  static void close() throws Exception {
    client._transport().close();
  }

  @Nested
  @DisplayName("when many writers change one record at once")
  class Concurrency {

    @Test
    void shouldCountExactly50After50ConcurrentReadModifyWriteIncrements() throws Exception {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      counters.create("replies", new Counter("replies", 0)).orElseThrow();
      ExecutorService writers = Executors.newFixedThreadPool(50);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Versioned<Counter>>> done = new ArrayList<>();
      try {
        for (int i = 0; i < 50; i++) {
          done.add(
              writers.submit(
                  () -> {
                    start.await();
                    return counters.update("replies", c -> new Counter(c.id(), c.value() + 1));
                  }));
        }
        start.countDown();
        for (Future<Versioned<Counter>> each : done) {
          each.get(60, TimeUnit.SECONDS);
        }
      } finally {
        writers.shutdownNow();
      }

      assertThat(counters.get("replies")).map(Counter::value).contains(50);
    }

    @Test
    void shouldLetExactlyOneOfTwoReplacesOfTheSameVersionWin() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      Versioned<Counter> read = counters.create("race", new Counter("race", 0)).orElseThrow();

      counters.replace(read, new Counter("race", 1));

      assertThatThrownBy(() -> counters.replace(read, new Counter("race", 2)))
          .isInstanceOf(ConcurrentChangeException.class);
      assertThat(counters.get("race")).map(Counter::value).contains(1);
    }

    @Test
    void shouldWriteNothingWhenAnUpdateLeavesTheRecordAsItWas() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      Versioned<Counter> read = counters.create("same", new Counter("same", 3)).orElseThrow();

      Versioned<Counter> answered = counters.update("same", c -> c);

      assertThat(answered.version()).isEqualTo(read.version());
      assertThat(counters.find("same").orElseThrow().version()).isEqualTo(read.version());
    }
  }

  @Nested
  @DisplayName("when records are created, read and deleted")
  class Lifecycle {

    @Test
    void shouldNotOverwriteAnExistingRecordOnCreate() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      counters.create("taken", new Counter("taken", 7)).orElseThrow();

      assertThat(counters.create("taken", new Counter("taken", 8))).isEmpty();
      assertThat(counters.get("taken")).map(Counter::value).contains(7);
    }

    @Test
    void shouldReadItsOwnWriteAtOnceWithAGrowingVersion() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      Versioned<Counter> first = counters.create("fresh", new Counter("fresh", 1)).orElseThrow();
      Versioned<Counter> second = counters.replace(first, new Counter("fresh", 2));

      Versioned<Counter> read = counters.find("fresh").orElseThrow();

      assertThat(read.value().value()).isEqualTo(2);
      assertThat(read.version()).isEqualTo(second.version()).isGreaterThan(first.version());
    }

    @Test
    void shouldKeepAProjectedRecordsVersionGrowingAcrossDeleteAndCreate() {
      RecordStore<Note> notes = stores.of(NOTES);
      Versioned<Note> created = notes.create("n1", new Note("n1", "first")).orElseThrow();

      assertThat(notes.delete(created)).isTrue();
      RecordSnapshot<Note> deleted = notes.snapshot("n1");
      Versioned<Note> again = notes.create("n1", new Note("n1", "again")).orElseThrow();

      assertThat(notes.find("n1").map(Versioned::value)).contains(new Note("n1", "again"));
      assertThat(deleted.exists()).isFalse();
      assertThat(deleted.version()).isGreaterThan(created.version());
      assertThat(again.version()).isGreaterThan(deleted.version());
    }

    @Test
    void shouldRefuseToDeleteAVersionThatChangedMeanwhile() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      Versioned<Counter> read = counters.create("kept", new Counter("kept", 1)).orElseThrow();
      counters.replace(read, new Counter("kept", 2));

      assertThat(counters.delete(read)).isFalse();
      assertThat(counters.exists("kept")).isTrue();
    }
  }

  @Nested
  @DisplayName("when a projected record changes")
  class Outbox {

    @Test
    void shouldNoteTheChangeInTheOutboxAndAnnounceIt() {
      RecordStore<Note> notes = stores.of(NOTES);

      notes.create("n2", new Note("n2", "noted"));

      assertThat(stores.outbox().find(NOTES.name(), "n2")).isPresent();
      assertThat(ANNOUNCED).contains(new RecordChanged(NOTES.name(), "n2"));
    }

    @Test
    void shouldKeepTheOutboxEntryWhenTheRecordChangedAfterTheEntryWasRead() {
      RecordStore<Note> notes = stores.of(NOTES);
      Versioned<Note> created = notes.create("n3", new Note("n3", "one")).orElseThrow();
      Versioned<OutboxEntry> read = stores.outbox().find(NOTES.name(), "n3").orElseThrow();

      notes.replace(created, new Note("n3", "two"));

      assertThat(stores.outbox().acknowledge(read)).isFalse();
      assertThat(stores.outbox().find(NOTES.name(), "n3")).isPresent();
    }

    @Test
    void shouldNotAcceptAnUnconditionalWriteOfAProjectedKind() {
      assertThatThrownBy(() -> stores.of(NOTES).put("n4", new Note("n4", "blind")))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  @DisplayName("when two records of different kinds are read together")
  class Together {

    @Test
    void shouldAnswerWhatTwoRealtimeFindsWouldAnswerRightAfterTheWrites() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      RecordStore<Note> notes = stores.of(NOTES);
      counters.create("t1", new Counter("t1", 7)).orElseThrow();
      notes.create("t2", new Note("t2", "fresh")).orElseThrow();

      FoundTogether<Counter, Note> read = counters.findTogether("t1", notes, "t2");

      assertThat(read.first()).isPresent().isEqualTo(counters.find("t1"));
      assertThat(read.second()).isPresent().isEqualTo(notes.find("t2"));
    }

    @Test
    void shouldAnswerEmptyForAMissingRecordADeletedOneAndOneOfAnotherKind() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      RecordStore<Note> notes = stores.of(NOTES);
      Versioned<Note> deleted = notes.create("t3", new Note("t3", "gone")).orElseThrow();
      notes.delete(deleted);
      counters.create("t4", new Counter("t4", 1)).orElseThrow();

      assertThat(counters.findTogether("missing", notes, "t3").first()).isEmpty();
      assertThat(counters.findTogether("t4", notes, "t3").second()).isEmpty();
      // the counter's document, asked for as a note
      assertThat(counters.findTogether("t4", notes, COUNTERS.documentId("t4")).second()).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a request reads records together")
  class ReadTogether {

    /** Reads kept as in one request, as the container's request scope keeps them. */
    private RequestReads oneRequest() {
      RequestReads reads =
          new RequestReads() {
            @Override
            boolean inRequest() {
              return true;
            }
          };
      reads.reads = new RequestReads.Reads();
      return reads;
    }

    @Test
    void shouldReadTheExpectedRecordsWithTheNextFindAndKeepThemForTheRequest() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      RecordStore<Note> notes = stores.of(NOTES);
      counters.create("ahead-a", new Counter("ahead-a", 1)).orElseThrow();
      notes.create("ahead-b", new Note("ahead-b", "read first")).orElseThrow();
      RequestReads reads = oneRequest();

      reads.expect(counters, "ahead-a");
      reads.expect(counters, "ahead-missing");
      assertThat(reads.find(notes, "ahead-b")).map(v -> v.value().text()).contains("read first");
      // changed behind the request's back: what the request already read stays as it read it
      counters.delete("ahead-a");
      counters.create("ahead-missing", new Counter("ahead-missing", 2)).orElseThrow();

      assertThat(reads.find(counters, "ahead-a")).map(v -> v.value().value()).contains(1);
      assertThat(reads.find(counters, "ahead-missing")).isEmpty();
      assertThat(oneRequest().find(counters, "ahead-a")).isEmpty();
      assertThat(oneRequest().find(counters, "ahead-missing"))
          .map(v -> v.value().value())
          .contains(2);
    }

    @Test
    void shouldGoToTheStoreAgainForARecordForgottenAfterAWrite() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      counters.create("forgotten", new Counter("forgotten", 1)).orElseThrow();
      RequestReads reads = oneRequest();
      reads.find(counters, "forgotten");

      counters.update("forgotten", c -> new Counter(c.id(), 2));
      reads.forget(counters, "forgotten");

      assertThat(reads.find(counters, "forgotten")).map(v -> v.value().value()).contains(2);
    }

    @Test
    void shouldReadTheStoreEveryTimeOutsideARequest() {
      RecordStore<Counter> counters = stores.of(COUNTERS);
      counters.create("no-request", new Counter("no-request", 1)).orElseThrow();
      RequestReads reads = new RequestReads();

      reads.expect(counters, "no-request");
      assertThat(reads.find(counters, "no-request")).isPresent();
      counters.delete("no-request");

      assertThat(reads.find(counters, "no-request")).isEmpty();
    }
  }
}
