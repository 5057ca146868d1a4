package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.OutboxEntry;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.search.control.Projections.PendingProjection;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDrafts;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Projections of one story raced and forced out of order against the real Elasticsearch: whatever
 * the order, search ends equal to the record. Indices of their own, no container; every change is
 * projected synchronously as the portal's observer would, unless a test holds it back.
 */
@DisplayName("Projections out of order")
class ProjectionRaceIT {

  private static final String ALIAS = "it-race-search";

  private static ElasticsearchClient client;
  private static RecordStores stores;
  private static Projections projections;
  private static SearchIndex index;
  private static volatile boolean projectAtOnce = true;

  @BeforeAll
  static void wire() throws IOException {
    client = TestRecordStores.client();
    RecordIndex records = TestRecordStores.recordIndex(client, "it-race-records");
    stores =
        TestRecordStores.stores(
            client,
            records,
            change -> {
              if (projectAtOnce) {
                projections.project(change.kind(), change.id());
              }
            });
    index = new SearchIndex();
    index.client = client;
    index.alias = ALIAS;
    for (String old : List.of(ALIAS + "-1", ALIAS + "-building")) {
      if (client.indices().exists(e -> e.index(old)).value()) {
        client.indices().delete(d -> d.index(old));
      }
    }
    index.ensureExists();
    StoryProjector stories = new StoryProjector();
    stories.markdown = new MarkdownRenderer();
    projections = new Projections();
    projections.stores = stores;
    projections.index = index;
    projections.register(stories);
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  private static RecordStore<CaseStory> stories() {
    return stores.of(CaseStory.KIND);
  }

  @Nested
  @DisplayName("when a projection is overtaken by a newer one")
  class Overtaken {

    @Test
    void shouldRefuseAStalePublishedProjectionAfterTheStoryWentBackToDraft() {
      Versioned<CaseStory> published =
          stories().create("s1", story("s1", "Published")).orElseThrow();
      PendingProjection stale = projections.prepare(CaseStory.KIND.name(), "s1");
      stories()
          .replace(
              published,
              published
                  .value()
                  .revise(StoryDrafts.titled("Back to draft"), now(), StoryStatus.DRAFT));

      boolean written = stale.write();

      assertThat(written).isFalse();
      assertThat(searched("s1"))
          .hasValueSatisfying(doc -> assertThat(doc.getBoolean("retired")).isTrue());
    }

    @Test
    void shouldRefuseAStaleDraftProjectionAfterTheStoryWasPublished() {
      Versioned<CaseStory> draft =
          stories().create("s2", story("s2", "Draft", StoryStatus.DRAFT)).orElseThrow();
      PendingProjection stale = projections.prepare(CaseStory.KIND.name(), "s2");
      stories()
          .replace(
              draft,
              draft
                  .value()
                  .revise(StoryDrafts.titled("Now published"), now(), StoryStatus.PUBLISHED));

      boolean written = stale.write();

      assertThat(written).isFalse();
      assertThat(searched("s2"))
          .hasValueSatisfying(doc -> assertThat(doc.getString("title")).isEqualTo("Now published"));
    }

    @Test
    void shouldRefuseALateProjectionOfADeletedStory() {
      Versioned<CaseStory> published =
          stories().create("s3", story("s3", "Soon gone")).orElseThrow();
      PendingProjection stale = projections.prepare(CaseStory.KIND.name(), "s3");
      stories().delete(published);

      boolean written = stale.write();

      assertThat(written).isFalse();
      assertThat(searched("s3"))
          .hasValueSatisfying(doc -> assertThat(doc.getBoolean("retired")).isTrue());
    }

    @Test
    void shouldLeaveTheOutboxEntryWhenTheStoryChangedBeforeTheProjectionWasAcknowledged() {
      projectAtOnce = false;
      try {
        Versioned<CaseStory> first = stories().create("s4", story("s4", "One")).orElseThrow();
        Optional<Versioned<OutboxEntry>> entry = stores.outbox().find(CaseStory.KIND.name(), "s4");
        stories()
            .replace(
                first,
                first.value().revise(StoryDrafts.titled("Two"), now(), StoryStatus.PUBLISHED));

        assertThat(stores.outbox().acknowledge(entry.orElseThrow())).isFalse();
        projections.project(CaseStory.KIND.name(), "s4");

        assertThat(stores.outbox().find(CaseStory.KIND.name(), "s4")).isEmpty();
        assertThat(searched("s4"))
            .hasValueSatisfying(doc -> assertThat(doc.getString("title")).isEqualTo("Two"));
      } finally {
        projectAtOnce = true;
      }
    }
  }

  @Nested
  @DisplayName("when projections and changes of one story race")
  class Racing {

    @Test
    void shouldEndWithSearchEqualToTheRecordAfterConcurrentProjectionsOfAFlippingStory()
        throws Exception {
      Versioned<CaseStory> current = stories().create("s5", story("s5", "Flip 0")).orElseThrow();
      ExecutorService projectors = Executors.newFixedThreadPool(4);
      List<Future<?>> running = new ArrayList<>();
      try {
        for (int flip = 1; flip <= 40; flip++) {
          StoryStatus status = flip % 2 == 0 ? StoryStatus.PUBLISHED : StoryStatus.DRAFT;
          current =
              stories()
                  .replace(
                      current,
                      current.value().revise(StoryDrafts.titled("Flip " + flip), now(), status));
          // late, concurrent duplicates of the projection, as a retrier sweep would add
          running.add(projectors.submit(() -> projections.project(CaseStory.KIND.name(), "s5")));
        }
        for (Future<?> each : running) {
          each.get(30, TimeUnit.SECONDS);
        }
      } finally {
        projectors.shutdownNow();
      }

      CaseStory record = stories().get("s5").orElseThrow();
      JsonObject doc = searched("s5").orElseThrow();
      assertThat(record.isDraft()).isFalse();
      assertThat(doc.getString("title")).isEqualTo(record.getTitle()).isEqualTo("Flip 40");
    }
  }

  private static Optional<JsonObject> searched(String id) {
    try {
      GetResponse<JsonData> found = client.get(g -> g.index(ALIAS).id(id), JsonData.class);
      return found.found() ? Optional.of(found.source().toJson().asJsonObject()) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CaseStory story(String id, String title) {
    return story(id, title, StoryStatus.PUBLISHED);
  }

  private static CaseStory story(String id, String title, StoryStatus status) {
    return CaseStory.create(id, StoryDrafts.titled(title), now(), status);
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
