package org.commonplace.story.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryRecords.StoryPage;
import org.commonplace.story.entity.CaseStory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs the list of case stories, newest first, loaded a page at a time. */
@Named
@ViewScoped
public class StoryListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StoryRecords records;

  private final LazyDataModel<CaseStory> stories = new NewestStories();

  public LazyDataModel<CaseStory> getStories() {
    return stories;
  }

  /** Counts and pages come from one search, so a page never disagrees with its total. */
  private class NewestStories extends LazyDataModel<CaseStory> {

    private static final long serialVersionUID = 1L;
    private transient StoryPage lastPage;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return lastPage == null ? (int) records.newest(0, 0).total() : (int) lastPage.total();
    }

    @Override
    public List<CaseStory> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      lastPage = records.newest(first, pageSize);
      setRowCount((int) lastPage.total());
      return lastPage.stories();
    }

    @Override
    public String getRowKey(CaseStory story) {
      return story.getId();
    }

    @Override
    public CaseStory getRowData(String rowKey) {
      return records.find(rowKey).orElse(null);
    }
  }
}
