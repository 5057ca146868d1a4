package org.commonplace.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonplace.security.control.ApiTokens;

/**
 * One browser on the portal: its cookies, and the pages' forms posted as they would be posted
 * (every page is a stateless view, so a form needs only its own fields and the form token).
 */
final class PortalSession {

  private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*>([^<]+)<");

  private final BenchTarget target;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  PortalSession(BenchTarget target) {
    this.target = target;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A session signed in through the sign-in page, as a member without a second factor. */
  static PortalSession signedIn(BenchTarget target, String email, String password)
      throws IOException, InterruptedException {
    PortalSession session = new PortalSession(target);
    session.get("signin.xhtml");
    String page = session.signIn(email, password);
    if (!page.contains("id=\"signout\"")) {
      throw new IllegalStateException(
          "Could not sign in as " + email + " (a member with a second factor cannot be used)");
    }
    return session;
  }

  /**
   * A session signed in through the sign-in page and the authenticator-code page, computing the
   * code from the account's secret: for a demo facilitator, whose account needs a second factor.
   */
  static PortalSession signedInWithCode(
      BenchTarget target, String email, String password, String totpSecret)
      throws IOException, InterruptedException {
    PortalSession session = new PortalSession(target);
    session.get("signin.xhtml");
    String page = session.signIn(email, password);
    if (!page.contains("id=\"signout\"")) {
      String code =
          org.commonplace.security.control.Totp.code(
              totpSecret, org.commonplace.security.control.Totp.step(java.time.Instant.now()));
      page =
          session.submit(
              "signin-code.xhtml", "code-form", Map.of("code-form:code", code), "code-form:verify");
    }
    if (!page.contains("id=\"signout\"")) {
      throw new IllegalStateException("Could not sign in as " + email + " with a code");
    }
    return session;
  }

  String get(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(target.portal(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  String signIn(String email, String password) throws IOException, InterruptedException {
    return submit(
        "signin.xhtml",
        "signin",
        Map.of("signin:email", email, "signin:password", password),
        "signin:submit");
  }

  /** A new personal API token, made on the account page as a member makes one. */
  String createToken(String name) throws IOException, InterruptedException {
    String page =
        submit("account/tokens.xhtml", "tokens", Map.of("tokens:name", name), "tokens:create");
    Matcher token = NEW_TOKEN.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("The account page showed no new token");
    }
    return token.group(1).strip();
  }

  /** Revokes a token made by {@link #createToken}, so reruns never reach the per-member limit. */
  void revokeToken(String token) throws IOException, InterruptedException {
    post("account/tokens.xhtml", Map.of("revoke", ApiTokens.hash(token)));
  }

  /** The cookies a page request carries, for a load generator that sends them itself. */
  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private String submit(String path, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put(formId, formId);
    form.put("jakarta.faces.ViewState", "stateless");
    form.put(button, button);
    return post(path, form);
  }

  private String post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("commonplace-form-token", cookie("commonplace-form").orElseThrow());
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
            HttpRequest.newBuilder(target.portal(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
