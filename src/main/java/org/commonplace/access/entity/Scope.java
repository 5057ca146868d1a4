package org.commonplace.access.entity;

import java.util.Optional;

/**
 * What an action is done to: the whole site, one network, or one story (whose draft state and
 * author matter too). Built from the records by the caller, so the policy needs no store.
 */
public record Scope(
    Optional<String> networkId, boolean membersOnly, Optional<String> authorId, boolean draft) {

  public static final Scope SITE = new Scope(Optional.empty(), false, Optional.empty(), false);

  public static Scope network(String networkId, boolean membersOnly) {
    return new Scope(Optional.of(networkId), membersOnly, Optional.empty(), false);
  }

  public static Scope story(String networkId, boolean membersOnly, String authorId, boolean draft) {
    return new Scope(
        Optional.ofNullable(networkId), membersOnly, Optional.ofNullable(authorId), draft);
  }
}
