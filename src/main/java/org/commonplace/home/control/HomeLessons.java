package org.commonplace.home.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.home.entity.LessonItem;
import org.commonplace.home.entity.LessonsHome;
import org.commonplace.home.entity.NarrativeItem;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStores;

/** Reads the home page's lessons and narratives lists through the record store's search. */
@ApplicationScoped
public class HomeLessons {

  @Inject RecordStores stores;
  @Inject Clock clock;

  /**
   * @param readable the networks whose material the member may read
   * @param facilitates the networks the member facilitates; only those readable count
   */
  public LessonsHome of(Set<String> readable, Set<String> facilitates) {
    if (readable.isEmpty()) {
      return LessonsHome.EMPTY;
    }
    Set<String> facilitated = facilitated(readable, facilitates);
    boolean facilitator = !facilitated.isEmpty();
    LocalDate today = LocalDate.now(clock);
    return new LessonsHome(
        lessons(HomeQueries.newlyValidated(readable)),
        narratives(HomeQueries.narrativeChanges(readable)),
        facilitator ? lessons(HomeQueries.reviewDue(facilitated, today)) : List.of(),
        facilitator ? lessons(HomeQueries.flagged(facilitated)) : List.of(),
        facilitator);
  }

  /** A facilitator's lists cover only networks they may read, whatever their roles say. */
  static Set<String> facilitated(Set<String> readable, Set<String> facilitates) {
    return facilitates.stream().filter(readable::contains).collect(Collectors.toUnmodifiableSet());
  }

  private List<LessonItem> lessons(RecordQuery query) {
    return stores.of(Lesson.KIND).search(query).items().stream().map(LessonItem::of).toList();
  }

  private List<NarrativeItem> narratives(RecordQuery query) {
    return stores.of(Narrative.KIND).search(query).items().stream().map(NarrativeItem::of).toList();
  }
}
