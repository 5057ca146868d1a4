package org.commonplace.home.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.commonplace.home.entity.LessonItem;
import org.commonplace.home.entity.LessonsHome;
import org.commonplace.home.entity.NarrativeItem;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The home page's lessons and narratives lists against the real Elasticsearch and the shipped
 * record-index mapping: a record index of its own, no container.
 */
@DisplayName("The home page's lessons and narratives")
class HomeLessonsIT {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final String OPEN = "harbourford";
  private static final String OTHER = "access-quebec";

  private static ElasticsearchClient client;
  private static HomeLessons home;

  @BeforeAll
  static void wire() {
    client = TestRecordStores.client();
    RecordIndex records = TestRecordStores.recordIndex(client, "it-home-records");
    RecordStores stores = TestRecordStores.stores(client, records, change -> {});
    home = new HomeLessons();
    home.stores = stores;
    home.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    write(stores, lesson("old-validated", OPEN, LessonState.VALIDATED, day(-40), TODAY, false));
    write(
        stores,
        lesson("new-validated", OPEN, LessonState.VALIDATED, day(-2), TODAY.plusDays(1), false));
    write(
        stores,
        lesson("overdue", OPEN, LessonState.VALIDATED, day(-400), TODAY.minusDays(35), true));
    write(stores, lesson("proposed", OPEN, LessonState.PROPOSED, null, null, false));
    write(
        stores,
        lesson("retired-flagged", OPEN, LessonState.RETIRED, day(-90), TODAY.minusDays(3), true));
    write(
        stores, lesson("quebec", OTHER, LessonState.VALIDATED, day(-1), TODAY.minusDays(1), true));
    stores
        .of(Narrative.KIND)
        .create(OPEN, narrative(OPEN, "Harbourford together", day(-5)))
        .orElseThrow();
    stores
        .of(Narrative.KIND)
        .create(OTHER, narrative(OTHER, "Accès Québec", day(-1)))
        .orElseThrow();
    records.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  private static void write(RecordStores stores, Lesson lesson) {
    stores.of(Lesson.KIND).create(lesson.id(), lesson).orElseThrow();
  }

  private static Instant day(int fromToday) {
    return TODAY.plusDays(fromToday).atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  private static Lesson lesson(
      String id,
      String network,
      LessonState state,
      Instant validatedAt,
      LocalDate reviewBy,
      boolean flagged) {
    return new Lesson(
        id,
        network,
        "Statement of " + id,
        new Conditions("A ward", "", ""),
        "What to do " + "at length ".repeat(200),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Language.EN,
        null,
        state,
        "gwen-pryce",
        "Gwen Pryce",
        day(-500),
        day(-1),
        validatedAt == null ? null : "helen-marsh",
        validatedAt == null ? null : "Helen Marsh",
        validatedAt,
        validatedAt == null ? null : "Held at three sites",
        validatedAt == null ? null : EvidenceLevel.BEFORE_AND_AFTER,
        reviewBy,
        state == LessonState.RETIRED ? "No longer holds" : null,
        null,
        List.of(),
        List.of(),
        flagged ? 4 : 0,
        flagged ? 3 : 0,
        flagged);
  }

  private static Narrative narrative(String network, String title, Instant savedAt) {
    return new Narrative(
        network,
        network,
        title,
        "Why we work together. ".repeat(500),
        List.of(new Aim("no-wrong-door", "No wrong door", "")),
        "Second version",
        "helen-marsh",
        "Helen Marsh",
        savedAt,
        Language.EN,
        day(-300));
  }

  private static List<String> ids(List<LessonItem> items) {
    return items.stream().map(LessonItem::id).toList();
  }

  @Nested
  @DisplayName("when a member of the open network looks")
  class Member {

    private final LessonsHome lists = home.of(Set.of(OPEN), Set.of());

    @Test
    void shouldListValidatedLessonsOfTheirNetworksNewestFirst() {
      assertThat(ids(lists.newlyValidated()))
          .containsExactly("new-validated", "old-validated", "overdue");
    }

    @Test
    void shouldListTheirNetworksNarrativeWithItsLatestChange() {
      assertThat(lists.narrativeChanges())
          .extracting(NarrativeItem::networkId, NarrativeItem::changeNote)
          .containsExactly(tuple(OPEN, "Second version"));
    }

    @Test
    void shouldShowNoFacilitatorsListsToAPlainMember() {
      assertThat(lists.facilitator()).isFalse();
      assertThat(lists.reviewDue()).isEmpty();
      assertThat(lists.flagged()).isEmpty();
    }
  }

  @Nested
  @DisplayName("when the open network's facilitator looks")
  class Facilitator {

    private final LessonsHome lists = home.of(Set.of(OPEN), Set.of(OPEN));

    @Test
    void shouldListValidatedLessonsWhoseReviewDateIsTodayOrPastLongestOverdueFirst() {
      assertThat(ids(lists.reviewDue())).containsExactly("overdue", "old-validated");
    }

    @Test
    void shouldListFlaggedLessonsThatAreNotRetired() {
      assertThat(ids(lists.flagged())).containsExactly("overdue");
      assertThat(lists.flagged().get(0).didNotWorkCount()).isEqualTo(3);
    }

    @Test
    void shouldNotListAnotherNetworksLessons() {
      assertThat(ids(lists.newlyValidated())).doesNotContain("quebec");
      assertThat(ids(lists.reviewDue())).doesNotContain("quebec");
    }
  }

  @Nested
  @DisplayName("when a member reads both networks")
  class BothNetworks {

    @Test
    void shouldPutTheNewestNarrativeChangeFirst() {
      assertThat(home.of(Set.of(OPEN, OTHER), Set.of()).narrativeChanges())
          .extracting(NarrativeItem::networkId)
          .containsExactly(OTHER, OPEN);
    }

    @Test
    void shouldGiveNothingToSomeoneWhoMayReadNoNetwork() {
      assertThat(home.of(Set.of(), Set.of(OPEN))).isEqualTo(LessonsHome.EMPTY);
    }
  }
}
