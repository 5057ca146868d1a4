package org.commonplace.lesson.entity;

import java.util.Optional;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;

/**
 * What a leader asks the lessons library: filters (each optional), a sort and a page. {@code
 * dueMine} keeps the lessons that ask for the viewer's attention as a facilitator: validated and
 * past their review-by date, or flagged, in the networks they facilitate.
 */
public record LibraryQuery(
    Optional<Theme> theme,
    Optional<String> network,
    Optional<StakeholderRole> role,
    Optional<EvidenceLevel> evidence,
    Optional<LessonState> state,
    int minApplied,
    LibrarySort sort,
    int page,
    boolean dueMine) {

  public static final int PAGE_SIZE = 20;

  /** Elasticsearch's result window: pages beyond it are the last one it can give. */
  public static final int MAX_PAGE = 10_000 / PAGE_SIZE;

  public LibraryQuery {
    sort = sort == null ? LibrarySort.NEWEST : sort;
    page = Math.max(1, Math.min(page, MAX_PAGE));
    minApplied = Math.max(0, minApplied);
  }

  public static LibraryQuery everything() {
    return new LibraryQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        LibrarySort.NEWEST,
        1,
        false);
  }

  public int from() {
    return (page - 1) * PAGE_SIZE;
  }

  /** The library's sorts: most applied, newest proposed, review due soonest. */
  public enum LibrarySort {
    APPLIED,
    NEWEST,
    REVIEW
  }
}
