package org.commonplace.narrative.boundary;

import org.commonplace.narrative.entity.Aim;

/** One aim's row on the edit page: its kept id (hidden), title and description. */
public class AimRow {

  private final int index;
  private final String id;
  private final String title;
  private final String description;

  AimRow(int index, String id, String title, String description) {
    this.index = index;
    this.id = id == null ? "" : id;
    this.title = title == null ? "" : title;
    this.description = description == null ? "" : description;
  }

  static AimRow of(int index, Aim aim) {
    return new AimRow(index, aim.id(), aim.title(), aim.description());
  }

  /** A row left empty removes the aim it held, or adds none. */
  boolean isEmpty() {
    return title.isBlank() && description.isBlank();
  }

  Aim aim() {
    return new Aim(id.isBlank() ? null : id, title, description);
  }

  public int getIndex() {
    return index;
  }

  /** Counted from one, for the labels. */
  public int getNumber() {
    return index + 1;
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
