package org.commonplace.content.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.Forum;

/**
 * A network's forum settings as a content file, {@code threads/<network>/forum-settings.yaml}: the
 * categories its facilitators set (each {@code id}, {@code name}, {@code description}) and whether
 * new members' first posts wait for approval. Without the file a network keeps the one general
 * category.
 */
public record ForumFile(String networkId, List<Category> categories, boolean preModeration) {

  public static final String NAME = "forum-settings.yaml";
  static final List<String> KEYS = List.of("pre-moderation", "categories");
  static final List<String> CATEGORY_KEYS = List.of("id", "name", "description");
  static final int CATEGORIES_MAX = 30;
  static final int NAME_MAX = 80;
  static final int DESCRIPTION_MAX = 300;

  public ForumFile {
    categories = List.copyOf(categories);
  }

  public static ForumFile parse(String networkId, String file, String text) {
    YamlMap h = YamlSource.parse(file, text, 1).allowOnly(KEYS);
    List<Category> categories = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap c : h.maps("categories")) {
      c.allowOnly(CATEGORY_KEYS);
      String id =
          c.id("id").orElseThrow(() -> c.problemAt(c.line(), "content.yaml.required", "id"));
      String name = c.required("name").strip();
      String description = c.text("description").orElse("").strip();
      if (!ids.add(id)) {
        throw c.problemAt(c.line(), "content.thread.categoryTwice", id);
      }
      if (name.length() > NAME_MAX || description.length() > DESCRIPTION_MAX) {
        throw c.problemAt(
            c.line(), "content.thread.categoryTooLong", id, NAME_MAX, DESCRIPTION_MAX);
      }
      categories.add(new Category(id, name, description));
    }
    if (categories.size() > CATEGORIES_MAX) {
      throw h.problemAt(h.line("categories"), "content.thread.categories", CATEGORIES_MAX);
    }
    boolean preModeration =
        h.text("pre-moderation")
            .map(
                v ->
                    switch (v.strip()) {
                      case "true" -> true;
                      case "false" -> false;
                      default ->
                          throw h.problemAt(
                              h.line("pre-moderation"),
                              "content.thread.boolean",
                              "pre-moderation",
                              v);
                    })
            .orElse(false);
    return new ForumFile(networkId, categories, preModeration);
  }

  /** The category ids threads of this network may be filed under. */
  public List<String> categoryIds() {
    return categories.isEmpty()
        ? List.of(Forum.GENERAL)
        : categories.stream().map(Category::id).toList();
  }

  public Forum toForum(Instant now) {
    return new Forum(networkId, categories, preModeration, null, now);
  }
}
