package org.commonplace.discussion.boundary;

import java.util.List;
import org.commonplace.discussion.entity.Category;

/** A network's forum settings as a facilitator sends them. */
public class ForumRequest {

  public List<CategoryRequest> categories;
  public boolean preModeration;

  /** One category: its slug, name and what belongs in it. */
  public static class CategoryRequest {
    public String id;
    public String name;
    public String description;
  }

  List<Category> categories() {
    return categories == null
        ? List.of()
        : categories.stream()
            .map(c -> c == null ? null : new Category(c.id, c.name, c.description))
            .toList();
  }
}
