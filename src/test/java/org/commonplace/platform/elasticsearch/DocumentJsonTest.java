package org.commonplace.platform.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.RichStories;
import org.junit.jupiter.api.Test;

/** The record store's JSON, outside the application server as inside it. */
class DocumentJsonTest {

  @Test
  void shouldStoreAndReadBackARichStoryWithItsNestedListsAndEnums() {
    CaseStory story = CaseStory.create("rich", RichStories.draft(), Instant.EPOCH);

    JsonObject stored = DocumentJson.toObject(story);
    CaseStory read = DocumentJson.fromObject(stored, CaseStory.class);

    assertThat(stored.getJsonArray("themes").getString(0)).isEqualTo("POWER_DYNAMICS");
    assertThat(
            stored
                .getJsonArray("measures")
                .getJsonObject(0)
                .getJsonArray("values")
                .getJsonObject(0))
        .hasToString("{\"date\":\"2015-09-30\",\"value\":23.0}");
    assertThat(read).usingRecursiveComparison().isEqualTo(story);
  }
}
