package org.commonplace.member.entity;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** The rules for networks and organisations, which admins create and change. */
public final class NetworkRules {

  public static final int NAME_MAX_CHARS = 120;
  public static final int FOCUS_MAX_CHARS = 120;
  public static final int DESCRIPTION_MAX_CHARS = 4_000;

  private NetworkRules() {}

  /**
   * @throws InvalidInputException listing every broken rule
   */
  public static void check(NetworkDraft draft) {
    List<Violation> found = new ArrayList<>();
    checkName(found, draft.name());
    if (draft.kind() == null) {
      found.add(Violation.of("kind", "network.kind.required"));
    }
    if (draft.visibility() == null) {
      found.add(Violation.of("visibility", "network.visibility.required"));
    }
    if (draft.focus().strip().length() > FOCUS_MAX_CHARS) {
      found.add(Violation.of("focus", "network.focus.tooLong", FOCUS_MAX_CHARS));
    }
    if (draft.description().strip().length() > DESCRIPTION_MAX_CHARS) {
      found.add(Violation.of("description", "network.description.tooLong", DESCRIPTION_MAX_CHARS));
    }
    throwIfAny(found);
  }

  /**
   * @throws InvalidInputException listing every broken rule
   */
  public static void checkOrganisation(String name, OrganisationType type) {
    List<Violation> found = new ArrayList<>();
    checkName(found, name);
    if (type == null) {
      found.add(Violation.of("type", "organisation.type.required"));
    }
    throwIfAny(found);
  }

  private static void checkName(List<Violation> found, String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      found.add(Violation.of("name", "network.name.required"));
    } else if (clean.length() > NAME_MAX_CHARS) {
      found.add(Violation.of("name", "network.name.tooLong", NAME_MAX_CHARS));
    }
  }

  private static void throwIfAny(List<Violation> found) {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
