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
import org.commonplace.search.control.Finder;
import org.commonplace.search.entity.KindCount;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.TagCount;

/**
 * Backs the search page. Bookmarkable: the words, tag, kind and page are all in the URL. A kind the
 * page does not know is ignored (every kind is searched), as a tag nobody uses finds nothing: a
 * hand-edited link never gives an error page.
 */
@Named
@RequestScoped
public class SearchView {

  private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

  @Inject Finder search;
  @Inject FacesContext faces;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;
  @Inject PageAccess pages;

  private String q;
  private String tag;
  private String kind;
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
      results =
          search.search(
              SearchQuery.of(q, tag, SearchKind.ofParam(kind).orElse(null), page),
              access.readable(viewer.viewer()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search failed", e);
      unavailable = true;
    }
  }

  public String link(String forTag, int forPage) {
    return link(forTag, getKind(), forPage);
  }

  /** The same words with another kind (null: every kind), from the first page. */
  public String kindLink(String forKind) {
    return link(getTag(), forKind, 1);
  }

  private String link(String forTag, String forKind, int forPage) {
    StringBuilder url =
        new StringBuilder(faces.getExternalContext().getRequestContextPath())
            .append("/search.xhtml?q=");
    url.append(encode(results == null ? "" : results.query().text()));
    if (forTag != null && !forTag.isEmpty()) {
      url.append("&tag=").append(encode(forTag));
    }
    if (forKind != null && !forKind.isEmpty()) {
      url.append("&kind=").append(encode(forKind));
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

  public List<KindCount> getKinds() {
    return results == null ? List.of() : results.kinds();
  }

  /** The kind searched, as its URL word, or null when every kind is. */
  public String getKind() {
    if (results == null) {
      return SearchKind.ofParam(kind).map(SearchKind::param).orElse(null);
    }
    return results.query().kind().map(SearchKind::param).orElse(null);
  }

  public void setKind(String kind) {
    this.kind = kind;
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
