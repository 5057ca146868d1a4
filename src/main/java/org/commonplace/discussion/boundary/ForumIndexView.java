package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.ForumPage;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;

/**
 * Backs a network's forum: its categories, and its threads twenty a page, pinned first, then by
 * last activity. A network the reader may not read answers 404, like one that does not exist.
 */
@Named
@RequestScoped
public class ForumIndexView {

  @Inject Discussions discussions;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject ThreadPermissions permissions;
  @Inject FacesContext faces;

  private String network;
  private String category;
  private String pageParam;
  private Forum forum;
  private ForumPage threads;
  private String networkName;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (!permissions.mayRead(network)) {
      page.notFound();
      return;
    }
    forum = discussions.forum(network);
    if (category != null && !category.isBlank() && getCategory() == null) {
      page.notFound();
      return;
    }
    networkName = networks.network(network).map(Network::name).orElse(network);
    threads =
        discussions.forum(
            viewer.viewer(),
            network,
            category == null || category.isBlank() ? null : category,
            getPage());
  }

  public List<Category> getCategories() {
    return forum == null ? List.of() : forum.categories();
  }

  /** The category shown, or null for all of the forum. */
  public Category getCategory() {
    return category == null || forum == null
        ? null
        : forum.categories().stream().filter(c -> c.id().equals(category)).findFirst().orElse(null);
  }

  public String categoryName(String categoryId) {
    return getCategories().stream()
        .filter(c -> c.id().equals(categoryId))
        .map(Category::name)
        .findFirst()
        .orElse(categoryId == null ? "" : categoryId);
  }

  public List<DiscussionThread> getThreads() {
    return threads == null ? List.of() : threads.threads();
  }

  public long getTotal() {
    return threads == null ? 0 : threads.total();
  }

  public int getPage() {
    return PageNumbers.parse(pageParam);
  }

  public int getPageCount() {
    return threads == null ? 1 : Math.max(1, threads.pageCount());
  }

  public String pageLink(int number) {
    return faces.getExternalContext().getRequestContextPath()
        + ThreadLinks.forum(network, category, number);
  }

  public String getNetworkName() {
    return networkName;
  }

  public boolean isPreModerated() {
    return forum != null && forum.preModeration();
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public String getCategoryId() {
    return category;
  }

  public void setCategoryId(String category) {
    this.category = category;
  }

  public String getPageParam() {
    return pageParam;
  }

  public void setPageParam(String pageParam) {
    this.pageParam = pageParam;
  }
}
