package org.commonplace.access.entity;

import java.util.Optional;
import java.util.Set;

/**
 * What an action is done to: the whole site, one network, or one story (whose author, co-authors,
 * draft state and withdrawal matter too). Built from the records by the caller, so the policy needs
 * no store.
 */
public record Scope(
    Optional<String> networkId,
    boolean membersOnly,
    Optional<String> authorId,
    Set<String> coAuthorIds,
    boolean draft,
    boolean withdrawn) {

  public static final Scope SITE =
      new Scope(Optional.empty(), false, Optional.empty(), Set.of(), false, false);

  public Scope {
    coAuthorIds = Set.copyOf(coAuthorIds);
  }

  public static Scope network(String networkId, boolean membersOnly) {
    return new Scope(Optional.of(networkId), membersOnly, Optional.empty(), Set.of(), false, false);
  }

  public static Scope story(String networkId, boolean membersOnly, String authorId, boolean draft) {
    return new Scope(
        Optional.ofNullable(networkId),
        membersOnly,
        Optional.ofNullable(authorId),
        Set.of(),
        draft,
        false);
  }

  /**
   * A lesson learned, proposed by a member: for the policy it is a published story whose author is
   * its proposer.
   */
  public static Scope lesson(String networkId, boolean membersOnly, String proposerId) {
    return story(networkId, membersOnly, proposerId, false);
  }

  /**
   * A post in a discussion (a thread's opening post or a reply): for the policy a published story
   * whose author wrote the post.
   */
  public static Scope post(String networkId, boolean membersOnly, String authorId) {
    return story(networkId, membersOnly, authorId, false);
  }

  /** A network's shared narrative, which the network's facilitators and these members may edit. */
  public static Scope narrative(String networkId, boolean membersOnly, Set<String> editorIds) {
    return new Scope(
        Optional.of(networkId), membersOnly, Optional.empty(), editorIds, false, false);
  }

  /** The same story told with these members besides its author. */
  public Scope withCoAuthors(Set<String> memberIds) {
    return new Scope(networkId, membersOnly, authorId, memberIds, draft, withdrawn);
  }

  /** The same story after its author or a facilitator withdrew it. */
  public Scope asWithdrawn() {
    return new Scope(networkId, membersOnly, authorId, coAuthorIds, draft, true);
  }

  /** Whether the member is one of those named besides the author: co-authors, or editors. */
  public boolean namesBesidesAuthor(Viewer viewer) {
    return coAuthorIds.stream().anyMatch(viewer::is);
  }

  /** Whether the member wrote this story or co-authors it. */
  public boolean toldBy(Viewer viewer) {
    return authorId.filter(viewer::is).isPresent() || coAuthorIds.stream().anyMatch(viewer::is);
  }
}
