package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.search.control.StorySearch;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.TagCount;

/** Backs the search page. Bookmarkable: the words, tag and page are all in the URL. */
@Named
@RequestScoped
public class SearchView {

  private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

  @Inject StorySearch search;
  @Inject FacesContext faces;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;
  @Inject PageAccess pages;

  private String q;
  private String tag;
  private Integer page;
  private SearchResults results;
  private boolean unavailable;

  /** View action. If Elasticsearch fails, the page says so instead of showing an error page. */
  public void run() {
    if (!viewer.isSignedIn()) {
      pages.requireSignIn();
      return;
    }
    try {
      results = search.search(SearchQuery.of(q, tag, page), access.readable(viewer.viewer()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search failed", e);
      unavailable = true;
    }
  }

  public String link(String forTag, int forPage) {
    StringBuilder url =
        new StringBuilder(faces.getExternalContext().getRequestContextPath())
            .append("/search.xhtml?q=");
    url.append(encode(results == null ? "" : results.query().text()));
    if (forTag != null && !forTag.isEmpty()) {
      url.append("&tag=").append(encode(forTag));
    }
    if (forPage > 1) {
      url.append("&page=").append(forPage);
    }
    return url.toString();
  }

  public String tagLink(TagCount facet) {
    return link(facet.tag(), 1);
  }

  public String pageLink(int number) {
    return link(getTag(), number);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public List<SearchHit> getHits() {
    return results == null ? List.of() : results.hits();
  }

  public List<TagCount> getTags() {
    return results == null ? List.of() : results.tags();
  }

  public long getTotal() {
    return results == null ? 0 : results.total();
  }

  public int getPages() {
    return results == null ? 0 : results.pages();
  }

  public int getCurrentPage() {
    return results == null ? 1 : results.query().page();
  }

  public boolean isShortened() {
    return results != null && results.query().shortened();
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getTag() {
    return results == null ? tag : results.query().tag().orElse(null);
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
