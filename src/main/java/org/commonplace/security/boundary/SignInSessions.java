package org.commonplace.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.security.entity.SessionSignIn;
import org.commonplace.security.entity.SignInStage;

/**
 * Keeps sign-ins in the HTTP session. A new session id is issued at every step, so an id planted
 * before sign-in (session fixation) is worthless after it. Each request re-reads the member, so a
 * changed password, a removed role or a deleted member takes effect at once.
 */
@ApplicationScoped
public class SignInSessions {

  static final String ATTRIBUTE = "commonplace.signIn";

  /** However busy, a session ends after a working day; the idle timeout is in web.xml. */
  static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

  /** A half-finished sign-in (code owed) is abandoned after this. */
  static final Duration PENDING_LIMIT = Duration.ofMinutes(10);

  @Inject MemberRecords members;
  @Inject Clock clock;

  public void begin(HttpServletRequest request, Member member, SignInStage stage) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(
        ATTRIBUTE,
        new SessionSignIn(member.id(), member.credentialsVersion(), clock.instant(), stage));
  }

  /** The member signed in on this session, if the sign-in is complete and still valid. */
  public Optional<Member> current(HttpServletRequest request) {
    return valid(request, SignInStage.COMPLETE, ABSOLUTE_LIMIT);
  }

  /** The member who owes a second factor (a code, or setting one up) on this session. */
  public Optional<Member> pending(HttpServletRequest request, SignInStage stage) {
    return valid(request, stage, PENDING_LIMIT);
  }

  public void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private Optional<Member> valid(HttpServletRequest request, SignInStage stage, Duration limit) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionSignIn signIn)) {
      return Optional.empty();
    }
    if (signIn.stage() != stage) {
      return Optional.empty();
    }
    Optional<Member> member =
        members
            .member(signIn.memberId())
            .filter(m -> m.credentialsVersion() == signIn.credentialsVersion())
            .filter(m -> signIn.at().plus(limit).isAfter(clock.instant()));
    if (member.isEmpty()) {
      session.removeAttribute(ATTRIBUTE);
    }
    return member;
  }
}
