package org.commonplace.member.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.control.CallerViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.entity.Member;

/**
 * The member making this request, read once per request (realtime, so a new role or a revoked
 * membership counts at once) for the caller principal the authentication mechanism established. It
 * is also how the access policy learns who is calling.
 */
@RequestScoped
public class CurrentMember implements CallerViewer {

  private static final String IDENTIFIED = CurrentMember.class.getName() + ".identified";

  @Inject SecurityContext security;
  @Inject MemberRecords members;
  @Inject HttpServletRequest request;

  private Optional<Member> member;

  /**
   * The authentication mechanism hands over the member it identified the caller as, read realtime
   * for this request, so that the request does not read them a second time. It lives in the request
   * only: the next request reads the member afresh.
   */
  public static void identified(ServletRequest request, Member member) {
    request.setAttribute(IDENTIFIED, member);
  }

  public Optional<Member> member() {
    if (member == null) {
      Principal caller = security.getCallerPrincipal();
      member =
          caller == null || Viewer.OPERATOR_PRINCIPAL.equals(caller.getName())
              ? Optional.empty()
              : identified(caller.getName()).or(() -> members.member(caller.getName()));
    }
    return member;
  }

  private Optional<Member> identified(String callerId) {
    return request.getAttribute(IDENTIFIED) instanceof Member read && read.id().equals(callerId)
        ? Optional.of(read)
        : Optional.empty();
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
