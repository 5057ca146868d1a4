package org.commonplace.story.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryRecords.StoryPage;
import org.commonplace.story.entity.StorySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs the list of case stories the member may read, newest first, loaded a page at a time. */
@Named
@ViewScoped
public class StoryListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StoryRecords records;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  /** Read once per view: which networks' stories this member may see. */
  private Set<String> readable;

  private Set<String> readable() {
    if (readable == null) {
      readable = access.readable(viewer.viewer());
    }
    return readable;
  }

  private final LazyDataModel<StorySummary> stories = new NewestStories();

  public LazyDataModel<StorySummary> getStories() {
    return stories;
  }

  /** Counts and pages come from one search, so a page never disagrees with its total. */
  private class NewestStories extends LazyDataModel<StorySummary> {

    private static final long serialVersionUID = 1L;
    private transient StoryPage lastPage;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return lastPage == null
          ? (int) records.newest(readable(), 0, 0).total()
          : (int) lastPage.total();
    }

    @Override
    public List<StorySummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      lastPage = records.newest(readable(), first, pageSize);
      setRowCount((int) lastPage.total());
      return lastPage.stories();
    }

    @Override
    public String getRowKey(StorySummary story) {
      return story.getId();
    }

    @Override
    public StorySummary getRowData(String rowKey) {
      return lastPage == null
          ? null
          : lastPage.stories().stream()
              .filter(s -> s.getId().equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
