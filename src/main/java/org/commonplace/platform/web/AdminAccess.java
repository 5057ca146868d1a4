package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the operator's API (rebuilding the search index, re-running the import) with a bearer
 * token from configuration, until member sign-in and roles arrive. No token configured means the
 * admin API is closed.
 */
@ApplicationScoped
public class AdminAccess {

  private static final String BEARER = "Bearer ";

  @Inject
  @ConfigProperty(name = "commonplace.admin.token")
  Optional<String> token;

  /**
   * @throws NotAuthorizedException without a bearer token
   * @throws ForbiddenException with a wrong one, or when none is configured
   */
  public void check(String authorization) {
    String expected =
        token.map(String::strip).filter(t -> !t.isEmpty()).orElseThrow(ForbiddenException::new);
    if (authorization == null || !authorization.startsWith(BEARER)) {
      throw new NotAuthorizedException(BEARER.strip());
    }
    byte[] given =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    // constant-time comparison, so the token cannot be guessed byte by byte from response times
    if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenException();
    }
  }
}
