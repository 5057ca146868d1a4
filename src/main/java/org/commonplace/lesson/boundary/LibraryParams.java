package org.commonplace.lesson.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;

/**
 * The library's filters as the page's GET form and the API send them, by name: an unknown value is
 * no filter at all (an old bookmark still opens the library), never an error.
 */
final class LibraryParams {

  private LibraryParams() {}

  static LibraryQuery of(
      String theme,
      String network,
      String role,
      String evidence,
      String state,
      int minApplied,
      String sort,
      int page,
      String due) {
    return new LibraryQuery(
        named(Theme.class, theme),
        Optional.ofNullable(network).map(String::strip).filter(n -> !n.isEmpty()),
        named(StakeholderRole.class, role),
        named(EvidenceLevel.class, evidence),
        named(LessonState.class, state),
        minApplied,
        named(LibraryQuery.LibrarySort.class, sort).orElse(LibraryQuery.LibrarySort.NEWEST),
        page,
        "mine".equals(due));
  }

  static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
  }
}
