package org.commonplace.member.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.control.CallerViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.entity.Member;

/**
 * The member making this request, read once per request (realtime, so a new role or a revoked
 * membership counts at once) from the caller principal the authentication mechanism established. It
 * is also how the access policy learns who is calling.
 */
@RequestScoped
public class CurrentMember implements CallerViewer {

  @Inject SecurityContext security;
  @Inject MemberRecords members;

  private Optional<Member> member;

  public Optional<Member> member() {
    if (member == null) {
      Principal caller = security.getCallerPrincipal();
      member =
          caller == null || Viewer.OPERATOR_PRINCIPAL.equals(caller.getName())
              ? Optional.empty()
              : members.member(caller.getName());
    }
    return member;
  }

  @Override
  public Viewer viewer() {
    Principal caller = security.getCallerPrincipal();
    if (caller != null && Viewer.OPERATOR_PRINCIPAL.equals(caller.getName())) {
      return Viewer.OPERATOR;
    }
    return member().map(CurrentMember::viewerOf).orElse(Viewer.ANONYMOUS);
  }

  static Viewer viewerOf(Member member) {
    return Viewer.member(
        member.id(),
        member.name(),
        member.siteAdmin(),
        Set.copyOf(member.networks()),
        Set.copyOf(member.facilitates()));
  }
}
