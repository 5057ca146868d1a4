package org.commonplace.narrative.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every aim of a new version its id: an aim that has one keeps it (stories and lessons name
 * it), a new aim gets a slug of its title, unlike any id the current version holds, so two aims
 * never share the stories and lessons that name one of them.
 */
public final class AimIds {

  static final int MAX_SLUG = 60;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private AimIds() {}

  public static boolean isSlug(String id) {
    return id != null && id.length() <= MAX_SLUG && SLUG.matcher(id).matches();
  }

  /**
   * The aims with their ids, titles and descriptions stripped.
   *
   * @param used every id the narrative's current version holds, which a new aim must not take
   */
  public static List<Aim> assign(List<Aim> aims, Set<String> used) {
    Set<String> taken = new HashSet<>(used);
    aims.stream().map(Aim::id).filter(AimIds::isSlug).forEach(taken::add);
    Set<String> given = new HashSet<>();
    List<Aim> result = new ArrayList<>();
    for (Aim aim : aims) {
      String id = aim.id();
      if (!isSlug(id) || !given.add(id)) {
        id = fresh(slugOf(aim.title()), taken);
        taken.add(id);
        given.add(id);
      }
      result.add(new Aim(id, aim.title().strip(), aim.description().strip()));
    }
    return result;
  }

  /** Lower-case letters and digits of the title, accents dropped, words joined by hyphens. */
  static String slugOf(String title) {
    String plain =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (plain.length() > MAX_SLUG - 4) {
      plain = plain.substring(0, MAX_SLUG - 4).replaceAll("-[^-]*$|-$", "");
    }
    return plain.isEmpty() ? "aim" : plain;
  }

  private static String fresh(String slug, Set<String> taken) {
    String candidate = slug;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }
}
