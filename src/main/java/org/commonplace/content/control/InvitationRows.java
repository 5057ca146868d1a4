package org.commonplace.content.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.commonplace.member.control.InvitationCodes;

/** content/invitations.csv: {@code code,network,issued_by,expires,note}. */
public final class InvitationRows {

  private InvitationRows() {}

  /**
   * @throws MalformedContentException naming the file, line and problem
   */
  public static List<InvitationSeed> parse(String fileName, String csv) {
    return CsvRows.parse(fileName, csv, Set.of("code", "network", "issued_by", "expires", "note"))
        .stream()
        .map(
            row -> {
              String code = row.required("code");
              if (InvitationCodes.normalise(code).isEmpty()) {
                throw row.problem(
                    "code \"" + code + "\" must be 12 letters and digits like ABCD-EFGH-JKMN");
              }
              return new InvitationSeed(
                  code,
                  row.required("network"),
                  row.required("issued_by"),
                  instant(row),
                  row.optional("note"));
            })
        .toList();
  }

  private static Instant instant(CsvRows.Row row) {
    String value = row.required("expires");
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw row.problem("expires must look like 2030-01-31T00:00:00Z, not " + value);
    }
  }
}
