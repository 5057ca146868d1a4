package org.commonplace.content.control;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.OrganisationType;
import org.commonplace.platform.id.Ids;

/** content/organisations.csv: {@code id,name,type}. */
public final class OrganisationRows {

  private OrganisationRows() {}

  /**
   * @throws MalformedContentException naming the file, line and problem
   */
  public static List<Organisation> parse(String fileName, String csv, Instant created) {
    Set<String> seen = new HashSet<>();
    return CsvRows.parse(fileName, csv, Set.of("id", "name", "type")).stream()
        .map(
            row -> {
              String id = row.required("id");
              if (!Ids.isWellFormed(id)) {
                throw row.problem(
                    "id \"" + id + "\" must be lower-case letters, digits and hyphens");
              }
              if (!seen.add(id)) {
                throw row.problem("id \"" + id + "\" appears twice");
              }
              return Organisation.of(
                  id, row.required("name"), row.choice("type", OrganisationType.class), created);
            })
        .toList();
  }
}
