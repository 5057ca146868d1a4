package org.commonplace.security.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses form posts that did not come from the portal's own pages (cross-site request forgery).
 * Every page form carries a hidden token equal to a random cookie only this site can read; another
 * site can make a browser post a form, but cannot know the token to put in it.
 *
 * <p>A cookie rather than the session: the token survives an expired session, so a member who was
 * away from a long form signs in again in another tab and posts it without losing a word.
 */
@WebFilter(
    filterName = "FormToken",
    urlPatterns = {"*.xhtml", "/signout"},
    // the welcome page is reached by a forward from "/"; error pages render a refused post
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class FormTokenFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String COOKIE = "commonplace-form";
  public static final String FIELD = "commonplace-form-token";
  static final String ATTRIBUTE = "commonplace.formToken";
  private static final int MAX_AGE_SECONDS = 30 * 24 * 3600;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // the error page answers a post that was already judged; it must render, not be judged again
      chain.doFilter(ScriptlessPost.of(request), response);
      return;
    }
    Optional<String> cookie = cookie(request);
    if ("POST".equals(request.getMethod()) && !matches(cookie, request.getParameter(FIELD))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String token = cookie.orElseGet(() -> issue(request, response));
    request.setAttribute(ATTRIBUTE, token);
    chain.doFilter(ScriptlessPost.of(request), response);
  }

  private static boolean matches(Optional<String> cookie, String field) {
    return cookie.isPresent()
        && field != null
        && MessageDigest.isEqual(
            cookie.get().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
  }

  private static String issue(HttpServletRequest request, HttpServletResponse response) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(MAX_AGE_SECONDS);
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
    return token;
  }

  static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v != null && v.length() == 43)
        .findFirst();
  }
}
