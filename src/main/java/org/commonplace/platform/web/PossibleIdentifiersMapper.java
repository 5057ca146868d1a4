package org.commonplace.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.privacy.FlaggedText;
import org.commonplace.platform.privacy.IdentifierFinding;
import org.commonplace.platform.privacy.PossibleIdentifiersException;

/**
 * A text that may identify a patient: 422 with every flagged field and what was found there, so the
 * client can show its author and send the text again changed, or confirmed.
 */
@Provider
public class PossibleIdentifiersMapper implements ExceptionMapper<PossibleIdentifiersException> {

  static final String TYPE = "/problems/possible-identifiers";

  /** The problem body: the usual fields, and the flagged passages. */
  public record IdentifiersProblem(
      String type, String title, int status, String detail, List<Flagged> identifiers) {}

  /** One passage: the field, the kind of detail (as a code and in words), and where it is. */
  public record Flagged(
      String field, String kind, String description, String excerpt, int start, int end) {}

  @Override
  public Response toResponse(PossibleIdentifiersException exception) {
    List<Flagged> flagged =
        exception.flagged().stream().flatMap(text -> flaggedIn(text).stream()).toList();
    IdentifiersProblem problem =
        new IdentifiersProblem(
            TYPE,
            "Possible patient identifiers",
            422,
            Messages.text(Locale.ENGLISH, "identifier.api.detail"),
            flagged);
    return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static List<Flagged> flaggedIn(FlaggedText text) {
    return text.findings().stream().map(finding -> flagged(text.field(), finding)).toList();
  }

  private static Flagged flagged(String field, IdentifierFinding finding) {
    return new Flagged(
        field,
        finding.kind().name(),
        Messages.text(Locale.ENGLISH, finding.messageKey()),
        finding.excerpt(),
        finding.start(),
        finding.end());
  }
}
