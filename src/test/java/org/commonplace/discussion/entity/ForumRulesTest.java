package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rules of a forum's categories")
class ForumRulesTest {

  static List<String> keys(List<Category> categories) {
    return ForumRules.violationsOf(categories).stream().map(Violation::messageKey).toList();
  }

  @Test
  void shouldAcceptSluggedNamedCategories() {
    assertThat(
            keys(
                List.of(
                    new Category("flow", "Patient flow", ""),
                    new Category("general", "General", null))))
        .isEmpty();
  }

  @Test
  void shouldRequireAtLeastOneCategory() {
    assertThat(keys(List.of())).containsExactly("thread.error.forum.noCategory");
  }

  @Test
  void shouldRefuseASlugWithCapitalsOrSpaces() {
    assertThat(keys(List.of(new Category("Patient flow", "Flow", null))))
        .containsExactly("thread.error.forum.slug");
  }

  @Test
  void shouldRefuseTheSameSlugTwice() {
    assertThat(keys(List.of(new Category("flow", "A", null), new Category("flow", "B", null))))
        .containsExactly("thread.error.forum.duplicate");
  }

  @Test
  void shouldRequireANameOfAtMost100Chars() {
    assertThat(keys(List.of(new Category("flow", " ", null))))
        .containsExactly("thread.error.forum.name");
    assertThat(keys(List.of(new Category("flow", "n".repeat(101), null))))
        .containsExactly("thread.error.forum.nameTooLong");
  }
}
