package org.commonplace.story.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One Plan-Do-Study-Act cycle: the change tested and what the team predicted (plan), what happened
 * (do), the result against the prediction (study) and the decision (act), with the measures it
 * concerns. Texts are Markdown; a cycle still running has no study or act yet.
 */
public record PdsaCycle(
    String change,
    String prediction,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    String did,
    String study,
    Act act,
    List<String> measures) {

  public PdsaCycle {
    change = change == null ? "" : change.strip();
    prediction = Outline.clean(prediction);
    did = Outline.clean(did);
    study = Outline.clean(study);
    measures = measures == null ? List.of() : measures.stream().filter(Objects::nonNull).toList();
  }

  /** The cycle with its texts passed through {@code edit}. */
  public PdsaCycle withTexts(UnaryOperator<String> edit) {
    return new PdsaCycle(
        edit.apply(change),
        edit.apply(prediction),
        plannedStart,
        plannedEnd,
        edit.apply(did),
        edit.apply(study),
        act,
        measures);
  }
}
