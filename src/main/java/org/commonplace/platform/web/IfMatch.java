package org.commonplace.platform.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code If-Match} header of a write: the versions (entity tags) the client based its change
 * on, or {@code *} for "whatever is there". Weak tags never match: a write needs the exact version.
 */
public record IfMatch(boolean any, Set<Long> versions) {

  public IfMatch {
    versions = Set.copyOf(versions);
  }

  /**
   * @return empty when the header is missing or blank: the write must then be refused with 428
   */
  public static Optional<IfMatch> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if ("*".equals(header.strip())) {
      return Optional.of(new IfMatch(true, Set.of()));
    }
    Set<Long> versions = new HashSet<>();
    for (String tag : header.split(",")) {
      parseTag(tag.strip()).ifPresent(versions::add);
    }
    return Optional.of(new IfMatch(false, versions));
  }

  public boolean matches(long version) {
    return any || versions.contains(version);
  }

  /** The entity tag that names a record's version. */
  public static String tagOf(long version) {
    return "\"" + version + "\"";
  }

  private static Optional<Long> parseTag(String tag) {
    if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
