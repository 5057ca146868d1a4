package org.commonplace.member.entity;

/** A network as an admin typed it, valid or not. */
public record NetworkDraft(
    String name, NetworkKind kind, String focus, String description, NetworkVisibility visibility) {

  public NetworkDraft {
    name = name == null ? "" : name;
    focus = focus == null ? "" : focus;
    description = description == null ? "" : description;
  }
}
