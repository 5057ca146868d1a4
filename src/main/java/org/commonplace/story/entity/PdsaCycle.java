package org.commonplace.story.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One Plan-Do-Study-Act cycle: the change tested and what the team predicted (plan), what happened
 * (do), the result against the prediction (study) and the decision (act), with the measures it
 * concerns. Texts are Markdown; a cycle still running has no study or act yet.
 */
public record PdsaCycle(
    String change,
    String prediction,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate plannedStart,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate plannedEnd,
    String did,
    String study,
    Act act,
    @Schema(description = "Ids of the story's measures this cycle concerns")
        List<String> measures) {

  public PdsaCycle {
    change = change == null ? "" : change.strip();
    prediction = Outline.clean(prediction);
    did = Outline.clean(did);
    study = Outline.clean(study);
    measures = measures == null ? List.of() : measures.stream().filter(Objects::nonNull).toList();
  }
}
