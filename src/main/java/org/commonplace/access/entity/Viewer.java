package org.commonplace.access.entity;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: a signed-in member with their name, networks and roles, the operator (the admin
 * token of scripts and the launcher), or nobody; and whether a token identified them for this one
 * request rather than a session the sign-in pages started. Built by the member feature, which knows
 * members; the access policy needs nothing else.
 */
public record Viewer(
    Optional<String> memberId,
    String name,
    boolean siteAdmin,
    Set<String> networks,
    Set<String> facilitates,
    boolean byToken) {

  /** The caller principal's name for the operator's admin token: a role, not a member. */
  public static final String OPERATOR_PRINCIPAL = "operator";

  /**
   * The request attribute the authentication mechanism sets when an API token or the operator token
   * identified the caller: shared here so that whoever builds the viewer can read it.
   */
  public static final String BY_TOKEN_ATTRIBUTE = "commonplace.authenticatedByToken";

  public static final Viewer ANONYMOUS =
      new Viewer(Optional.empty(), "", false, Set.of(), Set.of(), false);

  /**
   * The operator runs the portal; it is no member and so reads no network's material. Only its
   * token identifies it.
   */
  public static final Viewer OPERATOR =
      new Viewer(Optional.empty(), "", true, Set.of(), Set.of(), true);

  public Viewer {
    name = name == null ? "" : name;
    networks = Set.copyOf(networks);
    facilitates = Set.copyOf(facilitates);
  }

  /** A member signed in with a session. */
  public static Viewer member(
      String memberId,
      String name,
      boolean siteAdmin,
      Set<String> networks,
      Set<String> facilitates) {
    return new Viewer(Optional.of(memberId), name, siteAdmin, networks, facilitates, false);
  }

  /** The same caller, identified by a token for this request instead of by a session. */
  public Viewer identifiedByToken() {
    return new Viewer(memberId, name, siteAdmin, networks, facilitates, true);
  }

  public boolean isSignedIn() {
    return memberId.isPresent();
  }

  public boolean isMemberOf(String networkId) {
    return networks.contains(networkId) || facilitates.contains(networkId);
  }

  public boolean facilitates(String networkId) {
    return facilitates.contains(networkId);
  }

  public boolean isFacilitator() {
    return !facilitates.isEmpty();
  }

  public boolean is(String someMemberId) {
    return memberId.filter(id -> id.equals(someMemberId)).isPresent();
  }
}
