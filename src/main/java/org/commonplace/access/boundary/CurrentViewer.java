package org.commonplace.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;

/**
 * Who is making this request, read once per request from the caller principal that the
 * authentication mechanism established (a session or an API token).
 */
@Named("viewer")
@RequestScoped
public class CurrentViewer {

  /** The principal name of the operator's admin token: a role, not a member. */
  public static final String OPERATOR = "operator";

  @Inject SecurityContext security;
  @Inject MemberRecords members;

  private Optional<Member> member;
  private Viewer viewer;

  public Viewer viewer() {
    if (viewer == null) {
      Principal caller = security.getCallerPrincipal();
      if (caller != null && OPERATOR.equals(caller.getName())) {
        viewer = Viewer.OPERATOR;
      } else {
        viewer = member().map(Viewer::of).orElse(Viewer.ANONYMOUS);
      }
    }
    return viewer;
  }

  public Optional<Member> member() {
    if (member == null) {
      Principal caller = security.getCallerPrincipal();
      member =
          caller == null || OPERATOR.equals(caller.getName())
              ? Optional.empty()
              : members.member(caller.getName());
    }
    return member;
  }

  public boolean isSignedIn() {
    return member().isPresent();
  }

  public boolean isSiteAdmin() {
    return viewer().siteAdmin();
  }

  public boolean isFacilitator() {
    return member().map(Member::isFacilitator).orElse(false);
  }

  public String getName() {
    return member().map(Member::name).orElse("");
  }

  public String getId() {
    return member().map(Member::id).orElse("");
  }
}
