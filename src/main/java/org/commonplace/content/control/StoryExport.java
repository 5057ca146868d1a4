package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryRecords;

/** Stories as content files: which there are, and each one's canonical text. */
@ApplicationScoped
public class StoryExport {

  @Inject StoryRecords records;

  public List<String> ids() {
    return records.allIds();
  }

  public Optional<String> file(String id) {
    return records.find(id).map(Versioned::value).map(StoryFileWriter::write);
  }
}
