package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/**
 * Backs a network's forum settings, for its facilitators: add a category, rename or describe one,
 * and turn on or off the approval of new members' first posts. A category keeps the id it was made
 * with, so links to it and the threads filed under it stay; a new one gets its id from its name.
 */
@Named
@RequestScoped
public class ForumSettingsView {

  private static final Logger LOG = Logger.getLogger(ForumSettingsView.class.getName());

  @Inject Discussions discussions;
  @Inject NetworkAccess access;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject ThreadPermissions permissions;
  @Inject ThreadFormPost post;

  private String network;
  private List<Category> rows = List.of();
  private boolean preModeration;
  private final Map<String, String> fieldErrors = new HashMap<>();

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (!permissions.mayRead(network)) {
      page.notFound();
      return;
    }
    if (!page.check(Action.MANAGE_FORUM, access.network(network))) {
      return;
    }
    Forum forum = discussions.forum(network);
    rows = withEmptyRow(forum.categories());
    preModeration = forum.preModeration();
    if (post.asks("save")) {
      save(forum);
    }
  }

  private void save(Forum stored) {
    List<Category> sent = posted(stored);
    rows = withEmptyRow(sent);
    preModeration = !post.param("preModeration").isEmpty();
    try {
      discussions.saveForum(viewer.viewer(), network, sent, preModeration);
      post.done("/forum/settings.xhtml?network=" + ThreadLinks.query(network), "saved");
    } catch (InvalidInputException e) {
      e.violations().forEach(this::show);
    } catch (AccessDeniedException e) {
      post.error("thread.page.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Saving forum settings failed", e);
      post.error("thread.page.failed");
    }
  }

  /**
   * The categories as the form sent them: each row's id (empty for the new row), name and
   * description; a new row left empty adds nothing.
   */
  private List<Category> posted(Forum stored) {
    String[] ids = post.params("categoryId");
    String[] names = post.params("categoryName");
    String[] descriptions = post.params("categoryDescription");
    Set<String> taken = new HashSet<>();
    stored.categories().forEach(c -> taken.add(c.id()));
    List<Category> sent = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      String name = at(names, i).strip();
      String description = at(descriptions, i).strip();
      String id = ids[i].strip();
      if (id.isEmpty() && name.isEmpty() && description.isEmpty()) {
        continue;
      }
      if (id.isEmpty()) {
        id = CategorySlugs.slug(name, taken);
      }
      taken.add(id);
      sent.add(new Category(id, name, description));
    }
    return sent;
  }

  private static String at(String[] values, int i) {
    return i < values.length ? values[i] : "";
  }

  private static List<Category> withEmptyRow(List<Category> categories) {
    List<Category> all = new ArrayList<>(categories);
    all.add(new Category("", "", ""));
    return all;
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.merge(
        violation.field(), post.text(violation.messageKey(), arguments), (a, b) -> a + " " + b);
  }

  /** The rows of the form: every category, then an empty one to add a category. */
  public List<Category> getRows() {
    return rows;
  }

  public boolean isPreModeration() {
    return preModeration;
  }

  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public String getNetworkName() {
    return networks.network(network).map(Network::name).orElse(network);
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }
}
