package org.commonplace.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.web.UnavailableAnswer;
import org.commonplace.security.control.ApiTokenRecords;
import org.commonplace.security.entity.SignInStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's Jakarta Security authentication mechanism. It establishes who is calling, and
 * nothing more (the access policy decides what they may do):
 *
 * <ul>
 *   <li>a member the sign-in pages verified ({@link VerifiedMember}) starts a session;
 *   <li>{@code Authorization: Bearer} with a personal API token, or the operator's admin token,
 *       identifies the caller for this request only, with no session;
 *   <li>otherwise a signed-in session identifies its member;
 *   <li>anyone else is anonymous, never refused here, so public pages and the sign-in page work.
 * </ul>
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  /**
   * Request attribute: the caller was identified by a token, which is what API writes need (and
   * what creating a further token must not have).
   */
  public static final String BY_TOKEN = Viewer.BY_TOKEN_ATTRIBUTE;

  private static final String BEARER = "Bearer ";

  @Inject SignInSessions sessions;
  @Inject ApiTokenRecords tokens;
  @Inject UnavailableAnswer unavailable;

  @Inject
  @ConfigProperty(name = "commonplace.admin.token")
  Optional<String> operatorToken;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getRequestURI().contains("/jakarta.faces.resource/")) {
      return context.doNothing();
    }
    try {
      return identify(request, context);
    } catch (RecordStoreUnavailableException e) {
      if (unavailable.isFormPost(request)) {
        // a form comes back with what was typed and a message, rather than an error page: as a
        // visitor, since who is calling cannot be checked, so nothing can be done in their name
        unavailable.mark(request);
        return context.doNothing();
      }
      unavailable.answer(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus identify(HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof VerifiedMember verified) {
      sessions.begin(request, verified.member(), SignInStage.COMPLETE);
      return login(request, context, verified.member());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith(BEARER)) {
      return byToken(request, context, authorization.substring(BEARER.length()).strip());
    }
    return sessions
        .current(request)
        .map(member -> login(request, context, member))
        .orElseGet(context::doNothing);
  }

  private AuthenticationStatus byToken(
      HttpServletRequest request, HttpMessageContext context, String token) {
    if (isOperatorToken(token)) {
      request.setAttribute(BY_TOKEN, Boolean.TRUE);
      return context.notifyContainerAboutLogin(Viewer.OPERATOR_PRINCIPAL, Set.of("admin"));
    }
    Optional<Member> owner = tokens.ownerOf(token);
    if (owner.isEmpty()) {
      // a wrong or revoked token makes the caller nobody; the resource then answers 401
      return context.doNothing();
    }
    request.setAttribute(BY_TOKEN, Boolean.TRUE);
    CurrentMember.identified(request, owner.get());
    return context.notifyContainerAboutLogin(owner.get().id(), Set.of("member"));
  }

  private boolean isOperatorToken(String token) {
    return operatorToken
        .map(String::strip)
        .filter(expected -> !expected.isEmpty())
        // constant time, so the token cannot be guessed byte by byte from response times
        .filter(
            expected ->
                MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8)))
        .isPresent();
  }

  private static AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Member member) {
    CurrentMember.identified(request, member);
    Set<String> groups = new HashSet<>(Set.of("member"));
    if (member.siteAdmin()) {
      groups.add("admin");
    }
    return context.notifyContainerAboutLogin(member.id(), groups);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    sessions.end(request);
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
