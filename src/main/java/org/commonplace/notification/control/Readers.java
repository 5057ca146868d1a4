package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Predicate;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;

/**
 * Whether a member, not the caller, may read something now: asked before anyone is told of it, so
 * that a member who left a members-only network, or was named in a thread they cannot see, hears
 * nothing of it.
 */
@ApplicationScoped
public class Readers {

  @Inject MemberRecords members;
  @Inject AccessPolicy policy;

  public Predicate<String> of(Scope scope) {
    return memberId ->
        members
            .member(memberId)
            .map(Readers::viewerOf)
            .filter(v -> policy.allows(v, Action.READ, scope))
            .isPresent();
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
