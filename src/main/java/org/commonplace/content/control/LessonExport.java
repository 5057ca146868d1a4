package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordSnapshot;
import org.commonplace.platform.record.RecordStores;

/** Lessons as content files: which there are, and each one's canonical text. */
@ApplicationScoped
public class LessonExport {

  private static final int BATCH = 500;

  @Inject RecordStores stores;
  @Inject RecordIndex index;

  /** Every lesson's id, whatever its state, from one point-in-time view of the record index. */
  public List<String> ids() {
    // an export right after an import must see every lesson, not only those a refresh has shown
    index.refresh();
    List<String> ids = new ArrayList<>();
    stores
        .of(Lesson.KIND)
        .forEachSnapshot(
            BATCH,
            batch -> batch.stream().filter(RecordSnapshot::exists).forEach(s -> ids.add(s.id())));
    ids.sort(null);
    return ids;
  }

  public Optional<String> file(String id) {
    return Ids.isWellFormed(id)
        ? stores.of(Lesson.KIND).get(id).map(LessonFileWriter::write)
        : Optional.empty();
  }
}
