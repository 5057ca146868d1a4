package org.commonplace.platform.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The class scanner JNoSQL uses")
class PortalClassScannerTest {

  @Test
  void shouldBeTheOneJnosqlLoadsBeforeItsOwn() {
    assertThat(ClassScanner.load()).isInstanceOf(PortalClassScanner.class);
  }

  @Test
  void shouldFindThePortalsEntitiesAndRepositories() {
    PortalClassScanner scanner = new PortalClassScanner();

    assertThat(names(scanner.entities()))
        .contains(
            "org.commonplace.story.entity.StorySummary",
            "org.commonplace.lesson.entity.LessonSummary");
    assertThat(names(scanner.repositories()))
        .containsExactlyInAnyOrder(
            "org.commonplace.story.control.StoryRepository",
            "org.commonplace.lesson.control.LessonRepository");
    assertThat(scanner.repositoriesStandard()).isEqualTo(scanner.repositories());
    assertThat(scanner.customRepositories()).isEmpty();
  }

  private static Set<String> names(Set<Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.toSet());
  }
}
