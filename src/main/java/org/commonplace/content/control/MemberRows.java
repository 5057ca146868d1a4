package org.commonplace.content.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonplace.member.entity.MemberRules;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.ProfileDraft;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.Violation;

/**
 * content/members.csv: {@code
 * id,name,email,password,organisation,role,expertise,networks,site_admin,totp_secret,about}, and
 * optionally {@code joined} (a date, {@code 2016-09-01}). Networks are {@code ;}-separated ids,
 * each optionally {@code :facilitator}.
 */
public final class MemberRows {

  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "name",
          "email",
          "password",
          "organisation",
          "role",
          "expertise",
          "networks",
          "site_admin",
          "totp_secret",
          "about");

  private MemberRows() {}

  /**
   * @throws MalformedContentException naming the file, line and problem
   */
  public static List<MemberSeed> parse(String fileName, String csv) {
    Set<String> seen = new HashSet<>();
    List<MemberSeed> members = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.parse(fileName, csv, COLUMNS)) {
      String id = row.required("id");
      if (!Ids.isWellFormed(id) || !seen.add(id)) {
        throw row.problem("id \"" + id + "\" is not a lower-case slug, or appears twice");
      }
      ProfileDraft profile = new ProfileDraft();
      profile.setName(row.required("name"));
      profile.setOrganisationId(row.optional("organisation"));
      profile.setStakeholderRole(row.choice("role", StakeholderRole.class));
      profile.setExpertise(row.list("expertise"));
      profile.setAbout(row.optional("about"));
      List<Violation> problems = new ArrayList<>(MemberRules.violationsOf(profile));
      problems.addAll(MemberRules.emailViolations(row.optional("email")));
      if (!problems.isEmpty()) {
        throw row.problem("member " + id + ": " + problems);
      }
      members.add(
          new MemberSeed(
              id,
              profile,
              row.required("email"),
              row.required("password"),
              networks(row),
              yes(row),
              Optional.of(row.optional("totp_secret")).filter(s -> !s.isEmpty()),
              joined(row)));
    }
    return List.copyOf(members);
  }

  private static Map<String, NetworkRole> networks(CsvRows.Row row) {
    Map<String, NetworkRole> roles = new LinkedHashMap<>();
    for (String entry : row.list("networks")) {
      String[] parts = entry.split(":", 2);
      if (parts.length == 2 && !"facilitator".equals(parts[1])) {
        throw row.problem("network \"" + entry + "\": the only role suffix is :facilitator");
      }
      roles.put(parts[0], parts.length == 2 ? NetworkRole.FACILITATOR : NetworkRole.MEMBER);
    }
    return roles;
  }

  private static Optional<Instant> joined(CsvRows.Row row) {
    String value = row.optional("joined");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      throw row.problem("joined must be a date such as 2016-09-01, not " + value);
    }
  }

  private static boolean yes(CsvRows.Row row) {
    String value = row.optional("site_admin");
    if (!value.isEmpty() && !value.equals("yes") && !value.equals("no")) {
      throw row.problem("site_admin must be yes or no, not " + value);
    }
    return value.equals("yes");
  }
}
