package org.commonplace.access.entity;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: a signed-in member with their name, networks and roles, the operator (the admin
 * token of scripts and the launcher), or nobody. Built by the member feature, which knows members;
 * the access policy needs nothing else.
 */
public record Viewer(
    Optional<String> memberId,
    String name,
    boolean siteAdmin,
    Set<String> networks,
    Set<String> facilitates) {

  /** The caller principal's name for the operator's admin token: a role, not a member. */
  public static final String OPERATOR_PRINCIPAL = "operator";

  public static final Viewer ANONYMOUS =
      new Viewer(Optional.empty(), "", false, Set.of(), Set.of());

  /** The operator runs the portal; it is no member and so reads no network's material. */
  public static final Viewer OPERATOR = new Viewer(Optional.empty(), "", true, Set.of(), Set.of());

  public Viewer {
    name = name == null ? "" : name;
    networks = Set.copyOf(networks);
    facilitates = Set.copyOf(facilitates);
  }

  public static Viewer member(
      String memberId,
      String name,
      boolean siteAdmin,
      Set<String> networks,
      Set<String> facilitates) {
    return new Viewer(Optional.of(memberId), name, siteAdmin, networks, facilitates);
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
