package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A network of organisations improving care together; its members share stories, lessons and
 * threads. {@code focus} is the region of a place-based network or the topic of an issue-based one.
 */
public record Network(
    @JsonbProperty("@entity") String entity,
    String id,
    String name,
    NetworkKind kind,
    String focus,
    String description,
    NetworkVisibility visibility,
    Instant created) {

  public static final String ENTITY = "Network";

  /** Stored under "network:" and the id, apart from other kinds. */
  public static final RecordKind<Network> KIND = RecordKind.of(ENTITY, Network.class, "network:");

  public static Network of(
      String id,
      String name,
      NetworkKind kind,
      String focus,
      String description,
      NetworkVisibility visibility,
      Instant created) {
    return new Network(ENTITY, id, name, kind, focus, description, visibility, created);
  }

  /**
   * What someone outside a members-only network sees of it: its name and description (and that it
   * is members-only), to find it and ask to join; nothing more.
   */
  public Network profileForOutsiders() {
    return new Network(entity, id, name, null, null, description, visibility, null);
  }

  public boolean isMembersOnly() {
    return visibility == NetworkVisibility.MEMBERS_ONLY;
  }

  public Network changed(NetworkDraft draft) {
    return new Network(
        ENTITY,
        id,
        draft.name().strip(),
        draft.kind(),
        draft.focus().strip(),
        draft.description().strip(),
        draft.visibility(),
        created);
  }
}
