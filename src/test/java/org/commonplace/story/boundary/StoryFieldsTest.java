package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryFieldsTest {

  @Test
  void shouldNameAnOutlineSectionsFieldByItsKey() {
    assertThat(StoryFields.componentOf("outline.results")).contains("results");
  }

  @Test
  void shouldKeepTheNamesTheFormShares() {
    assertThat(StoryFields.componentOf("title")).contains("title");
    assertThat(StoryFields.componentOf("networkId")).contains("networkId");
  }

  @Test
  void shouldNameARowsField() {
    assertThat(StoryFields.componentOf("cycles[1].did")).contains("cycle-1-did");
    assertThat(StoryFields.componentOf("measures[0].name")).contains("measure-0-name");
  }

  @Test
  void shouldNameTheFieldsOfTheFactsAboutTheWork() {
    assertThat(StoryFields.componentOf("evidence.level")).contains("evidence");
    assertThat(StoryFields.componentOf("progress[2]")).contains("score");
    assertThat(StoryFields.componentOf("coAuthors")).contains("co-authors");
    assertThat(StoryFields.componentOf("stage")).contains("stage");
  }

  @Test
  void shouldLeaveWhatThePortalFillsInToTheTopOfTheForm() {
    assertThat(StoryFields.componentOf("author")).isEmpty();
    assertThat(StoryFields.componentOf(null)).isEmpty();
  }
}
