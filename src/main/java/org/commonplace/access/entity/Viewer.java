package org.commonplace.access.entity;

import java.util.Optional;
import java.util.Set;
import org.commonplace.member.entity.Member;

/**
 * Who is asking: a signed-in member with their networks and roles, the operator (the admin token of
 * scripts and the launcher), or nobody.
 */
public record Viewer(
    Optional<String> memberId, boolean siteAdmin, Set<String> networks, Set<String> facilitates) {

  public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), false, Set.of(), Set.of());

  /** The operator runs the portal; it is no member and so reads no network's material. */
  public static final Viewer OPERATOR = new Viewer(Optional.empty(), true, Set.of(), Set.of());

  public Viewer {
    networks = Set.copyOf(networks);
    facilitates = Set.copyOf(facilitates);
  }

  public static Viewer of(Member member) {
    return new Viewer(
        Optional.of(member.id()),
        member.siteAdmin(),
        Set.copyOf(member.networks()),
        Set.copyOf(member.facilitates()));
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

  public boolean is(String someMemberId) {
    return memberId.filter(id -> id.equals(someMemberId)).isPresent();
  }
}
