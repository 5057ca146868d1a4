package org.commonplace.member.entity;

import java.util.Optional;

/**
 * A search of the member directory, made safe to run: words are taken as words, filters as exact
 * values, and over-long input is cut.
 */
public record DirectoryQuery(
    String text,
    Optional<String> expertise,
    Optional<String> organisationId,
    Optional<StakeholderRole> role,
    Optional<String> networkId,
    int page) {

  public static final int PAGE_SIZE = 20;
  public static final int MAX_CHARS = 200;
  public static final int MAX_PAGE = 10_000 / PAGE_SIZE;

  public static DirectoryQuery of(
      String text,
      String expertise,
      String organisationId,
      String role,
      String networkId,
      Integer page) {
    return new DirectoryQuery(
        clean(text).orElse(""),
        clean(expertise).map(e -> e.toLowerCase(java.util.Locale.ROOT)),
        clean(organisationId),
        clean(role).flatMap(DirectoryQuery::roleOf),
        clean(networkId),
        page == null ? 1 : Math.max(1, Math.min(page, MAX_PAGE)));
  }

  public int from() {
    return (page - 1) * PAGE_SIZE;
  }

  private static Optional<String> clean(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String stripped = value.replaceAll("\\p{Cntrl}", " ").strip();
    if (stripped.length() > MAX_CHARS) {
      stripped = stripped.substring(0, MAX_CHARS);
    }
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  private static Optional<StakeholderRole> roleOf(String text) {
    try {
      return Optional.of(
          StakeholderRole.valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
