package org.commonplace.discussion.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.ForumRules;
import org.commonplace.discussion.entity.PostRules;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;

/**
 * A network's forum settings: the stored ones, or the single general category every network has
 * until its facilitators choose. A category's slug is kept once made: one that threads are filed
 * under cannot be removed (its name and description may change).
 */
@ApplicationScoped
public class ForumSettings {

  @Inject RecordStores stores;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess networks;
  @Inject ThreadRecords threads;
  @Inject Clock clock;

  private RecordStore<Forum> store() {
    return stores.of(Forum.KIND);
  }

  public Forum of(String networkId) {
    return store().get(networkId).orElseGet(() -> defaultFor(networkId));
  }

  /**
   * Forums as pages name their categories, kept a minute: every thread page names its category in
   * its breadcrumbs, and that was a read. A name is only shown, never decides anything, so a rename
   * through another instance showing a minute late is acceptable; one through this instance shows
   * at once.
   */
  private final Cache<String, Forum> named =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  /** A category's name, or its id when the forum has no such category. */
  public String categoryName(String networkId, String categoryId) {
    return named.get(networkId, this::of).categories().stream()
        .filter(c -> c.id().equals(categoryId))
        .map(Category::name)
        .findFirst()
        .orElse(categoryId);
  }

  /** The general category, named in the bundle's default language (pages show it translated). */
  public static Forum defaultFor(String networkId) {
    return new Forum(
        networkId,
        List.of(
            new Category(
                Forum.GENERAL,
                Messages.text(Locale.ENGLISH, "forum.category.general"),
                Messages.text(Locale.ENGLISH, "forum.category.general.description"))),
        false,
        null,
        null);
  }

  public Forum save(Viewer viewer, String networkId, List<Category> sent, boolean preModeration) {
    policy.require(viewer, Action.MANAGE_FORUM, networks.network(networkId));
    List<Category> categories =
        (sent == null ? List.<Category>of() : sent)
            .stream()
                .map(
                    c ->
                        c == null
                            ? null
                            : new Category(
                                PostRules.strip(c.id()),
                                PostRules.strip(c.name()),
                                PostRules.strip(c.description())))
                .toList();
    List<Violation> problems = new ArrayList<>(ForumRules.violationsOf(categories));
    Set<String> kept = categories.stream().map(Category::id).collect(Collectors.toSet());
    of(networkId).categories().stream()
        .map(Category::id)
        .filter(id -> !kept.contains(id))
        .filter(id -> threads.countInCategory(networkId, id) > 0)
        .forEach(id -> problems.add(Violation.of("categories", "thread.error.forum.inUse", id)));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Forum changed =
        new Forum(
            networkId, categories, preModeration, viewer.memberId().orElse(null), clock.instant());
    try {
      if (store().create(networkId, changed).isPresent()) {
        return changed;
      }
      return store().update(networkId, old -> changed).value();
    } finally {
      named.invalidate(networkId);
    }
  }
}
