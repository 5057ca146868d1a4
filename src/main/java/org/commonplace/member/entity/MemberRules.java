package org.commonplace.member.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** The rules a member's profile must satisfy, shared by sign-up, the profile page and the API. */
public final class MemberRules {

  public static final int NAME_MAX_CHARS = 120;
  public static final int EMAIL_MAX_CHARS = 254;
  public static final int ABOUT_MAX_CHARS = 2_000;
  public static final int EXPERTISE_MAX = 12;
  public static final int EXPERTISE_MAX_CHARS = 40;

  /** Deliberately loose: the invitation, not the pattern, proves the address belongs to someone. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+");

  private MemberRules() {}

  /**
   * @throws InvalidInputException listing every broken rule
   */
  public static void check(ProfileDraft profile) {
    List<Violation> found = violationsOf(profile);
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  public static List<Violation> violationsOf(ProfileDraft profile) {
    List<Violation> found = new ArrayList<>();
    String name = profile.getName().strip();
    if (name.isEmpty()) {
      found.add(Violation.of("name", "member.name.required"));
    } else if (name.length() > NAME_MAX_CHARS) {
      found.add(Violation.of("name", "member.name.tooLong", NAME_MAX_CHARS));
    }
    if (profile.getStakeholderRole() == null) {
      found.add(Violation.of("stakeholderRole", "member.stakeholderRole.required"));
    }
    if (profile.getOrganisationId() != null && profile.getOrganisationId().length() > 130) {
      found.add(Violation.of("organisationId", "member.organisation.unknown"));
    }
    List<String> expertise = normaliseExpertise(profile.getExpertise());
    if (expertise.size() > EXPERTISE_MAX) {
      found.add(Violation.of("expertise", "member.expertise.tooMany", EXPERTISE_MAX));
    }
    if (expertise.stream().anyMatch(e -> e.length() > EXPERTISE_MAX_CHARS)) {
      found.add(Violation.of("expertise", "member.expertise.tooLong", EXPERTISE_MAX_CHARS));
    }
    if (profile.getAbout().strip().length() > ABOUT_MAX_CHARS) {
      found.add(Violation.of("about", "member.about.tooLong", ABOUT_MAX_CHARS));
    }
    return found;
  }

  public static List<Violation> emailViolations(String email) {
    String clean = email == null ? "" : email.strip();
    if (clean.isEmpty()) {
      return List.of(Violation.of("email", "member.email.required"));
    }
    if (clean.length() > EMAIL_MAX_CHARS || !EMAIL.matcher(clean).matches()) {
      return List.of(Violation.of("email", "member.email.invalid"));
    }
    return List.of();
  }

  /** Addresses are compared without case, so Ann@X.org and ann@x.org are one account. */
  public static String normaliseEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Like tags: trimmed, lower case, no repeats, so the expertise finder can facet on them. */
  public static List<String> normaliseExpertise(List<String> expertise) {
    if (expertise == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String item : expertise) {
      String clean =
          item == null ? "" : item.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        unique.add(clean);
      }
    }
    return List.copyOf(unique);
  }
}
