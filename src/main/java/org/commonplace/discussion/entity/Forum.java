package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.record.RecordKind;

/**
 * A network's forum settings, kept by its facilitators: the categories threads are filed under and
 * whether the first posts of new members wait for a facilitator's approval. Its id is the network's
 * id; a network without one has a single general category.
 */
public record Forum(
    String id,
    List<Category> categories,
    boolean preModeration,
    String updatedBy,
    Instant updated) {

  public static final RecordKind<Forum> KIND = RecordKind.of("Forum", Forum.class, "forum:");

  /** The category every network has until its facilitators set their own. */
  public static final String GENERAL = "general";

  public Forum {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
