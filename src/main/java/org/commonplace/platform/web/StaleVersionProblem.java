package org.commonplace.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * 412 Precondition Failed for a write based on an old version: RFC 9457 problem details, plus the
 * version that is there now ({@code currentVersion}, also as the ETag header) and its
 * representation ({@code current}), so the client can merge and try again without another GET.
 */
public record StaleVersionProblem(
    String type, String title, int status, String detail, String currentVersion, Object current) {

  private static final int PRECONDITION_FAILED = 412;

  public static Response response(long version, Object current) {
    String tag = IfMatch.tagOf(version);
    return Response.status(PRECONDITION_FAILED)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.ETAG, tag)
        .entity(
            new StaleVersionProblem(
                "about:blank",
                "Precondition Failed",
                PRECONDITION_FAILED,
                Messages.text(Locale.ENGLISH, "api.ifMatch.stale"),
                tag,
                current))
        .build();
  }
}
