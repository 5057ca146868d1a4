package org.commonplace.lesson.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.io.Serializable;
import java.time.Instant;

/**
 * A lesson as short lists show it (where a lesson was adapted, flagged lessons): its statement,
 * network, state and how often it was applied. It is how Eclipse JNoSQL reads the {@code Lesson}
 * documents: a lesson nests its transitions and applications, which the driver does not read well,
 * so the full lesson is read by id through the record store.
 */
@Entity("Lesson")
public class LessonSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id private String id;
  @Column private String networkId;
  @Column private String statement;
  @Column private LessonState state;
  @Column private String proposedByName;
  @Column private Instant proposedAt;
  @Column private String adaptedFrom;
  @Column private int applicationCount;
  @Column private boolean flagged;

  /** For JNoSQL, which builds the object field by field. */
  public LessonSummary() {}

  public static LessonSummary of(Lesson lesson) {
    LessonSummary summary = new LessonSummary();
    summary.id = lesson.id();
    summary.networkId = lesson.networkId();
    summary.statement = lesson.statement();
    summary.state = lesson.state();
    summary.proposedByName = lesson.proposedByName();
    summary.proposedAt = lesson.proposedAt();
    summary.adaptedFrom = lesson.adaptedFrom();
    summary.applicationCount = lesson.applicationCount();
    summary.flagged = lesson.flagged();
    return summary;
  }

  public String getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getStatement() {
    return statement;
  }

  public LessonState getState() {
    return state;
  }

  public String getProposedByName() {
    return proposedByName;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getAdaptedFrom() {
    return adaptedFrom;
  }

  public int getApplicationCount() {
    return applicationCount;
  }

  public boolean isFlagged() {
    return flagged;
  }
}
