package org.commonplace.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, which the sign-in throttle and the audit log count. Behind the
 * production proxy every request comes from the proxy, so there the address the proxy appended to
 * X-Forwarded-For is taken; anywhere else that header is the client's own say and is ignored.
 */
@ApplicationScoped
public class ClientAddress {

  private static final int MAX_CHARS = 64;

  @Inject
  @ConfigProperty(name = "commonplace.proxy.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  public String of(HttpServletRequest request) {
    return from(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustForwardedFor);
  }

  /** The last hop is the one the trusted proxy added; earlier ones the client could have typed. */
  static String from(String remoteAddress, String forwardedFor, boolean trust) {
    if (!trust || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || last.length() > MAX_CHARS ? remoteAddress : last;
  }
}
