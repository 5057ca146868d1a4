package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.web.Messages;
import org.commonplace.search.control.Finder;
import org.commonplace.search.entity.Facet;
import org.commonplace.search.entity.FacetCounts;
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
      Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
      Map<Facet, String> filters = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        String value = params.get(facet.param());
        if (value != null) {
          filters.put(facet, value);
        }
      }
      results =
          search.search(
              SearchQuery.of(q, tag, SearchKind.ofParam(kind).orElse(null), page)
                  .narrowed(filters, "newest".equals(params.get("sort"))),
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
    return link(forTag, forKind, forPage, chosenFilters(), isNewest());
  }

  private String link(
      String forTag, String forKind, int forPage, Map<Facet, String> filters, boolean newest) {
    return link(
        results == null ? "" : results.query().text(), forTag, forKind, forPage, filters, newest);
  }

  private String link(
      String text,
      String forTag,
      String forKind,
      int forPage,
      Map<Facet, String> filters,
      boolean newest) {
    StringBuilder url =
        new StringBuilder(faces.getExternalContext().getRequestContextPath())
            .append("/search.xhtml?q=");
    url.append(encode(text));
    if (forTag != null && !forTag.isEmpty()) {
      url.append("&tag=").append(encode(forTag));
    }
    if (forKind != null && !forKind.isEmpty()) {
      url.append("&kind=").append(encode(forKind));
    }
    filters.forEach(
        (facet, value) -> url.append('&').append(facet.param()).append('=').append(encode(value)));
    if (newest) {
      url.append("&sort=newest");
    }
    if (forPage > 1) {
      url.append("&page=").append(forPage);
    }
    return url.toString();
  }

  /** The same search with this facet value chosen, or no longer chosen if it was. */
  public String facetLink(String facetParam, String value) {
    Map<Facet, String> filters = new EnumMap<>(Facet.class);
    filters.putAll(chosenFilters());
    Facet facet = Facet.ofParam(facetParam).orElseThrow();
    if (value.equals(filters.get(facet))) {
      filters.remove(facet);
    } else {
      filters.put(facet, value);
    }
    return link(getTag(), getKind(), 1, filters, isNewest());
  }

  /** The words to try instead when few hits came, or null. */
  public String getDidYouMean() {
    return results == null ? null : results.didYouMean();
  }

  /** The same search with the words to try instead. */
  public String getDidYouMeanLink() {
    return link(getDidYouMean(), getTag(), getKind(), 1, chosenFilters(), isNewest());
  }

  /** The same search in the other order: newest first, or by relevance. */
  public String sortLink(boolean newest) {
    return link(getTag(), getKind(), 1, chosenFilters(), newest);
  }

  /** A facet value chosen: the facet's word and the value. */
  public record Chosen(String facet, String value) {}

  /** The facet values chosen, each for a link that drops it when a search finds nothing. */
  public List<Chosen> getChosen() {
    return chosenFilters().entrySet().stream()
        .map(e -> new Chosen(e.getKey().param(), e.getValue()))
        .toList();
  }

  /** A facet value as a person reads it: its label, translated where the bundle has one. */
  public String label(FacetCounts.Value value, String facetParam) {
    String key = Facet.ofParam(facetParam).map(f -> f.messageKey(value.value())).orElse(null);
    if (key == null) {
      return value.label();
    }
    String text = Messages.text(faces.getViewRoot().getLocale(), key);
    // a value the bundle does not know (from a hand-edited link) is shown as it is
    return text.equals(key) ? value.label() : text;
  }

  public List<FacetCounts> getFacets() {
    return results == null
        ? List.of()
        : results.facets().stream().filter(f -> !f.values().isEmpty()).toList();
  }

  public boolean isNewest() {
    return results != null && results.query().newest();
  }

  private Map<Facet, String> chosenFilters() {
    return results == null ? Map.of() : results.query().filters();
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
