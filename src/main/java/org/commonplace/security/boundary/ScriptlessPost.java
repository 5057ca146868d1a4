package org.commonplace.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A form post from a browser that ran no script. PrimeFaces' CSP mode expects every postback to
 * carry the page's script nonce, which its script adds to forms; without it the post fails, and so
 * does the error page. A stateless page needs no particular nonce (PrimeFaces takes the posted one
 * for the answer's policy), so a fresh one is supplied: the person's form is processed.
 */
final class ScriptlessPost extends HttpServletRequestWrapper {

  static final String NONCE = "primefaces.nonce";

  private final String nonce;

  private ScriptlessPost(HttpServletRequest request) {
    super(request);
    this.nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  static HttpServletRequest of(HttpServletRequest request) {
    boolean scriptless = "POST".equals(request.getMethod()) && request.getParameter(NONCE) == null;
    return scriptless ? new ScriptlessPost(request) : request;
  }

  @Override
  public String getParameter(String name) {
    return NONCE.equals(name) ? nonce : super.getParameter(name);
  }

  @Override
  public String[] getParameterValues(String name) {
    return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
    parameters.put(NONCE, new String[] {nonce});
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }
}
