package org.commonplace.discussion.boundary;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * The id a new forum category gets from the name a facilitator typed: lower-case letters, digits
 * and hyphens, so it reads well in an address ({@code ?category=discharge-planning}) and never
 * changes when the category is renamed later. French accents are folded ("Accès" → "acces").
 */
final class CategorySlugs {

  static final int MAX_LENGTH = 40;

  private CategorySlugs() {}

  /** A slug for the name that none of the taken ids uses (a number is added when needed). */
  static String slug(String name, Collection<String> taken) {
    String base = base(name);
    String slug = base;
    for (int n = 2; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static String base(String name) {
    String folded =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > MAX_LENGTH) {
      folded = folded.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return folded.isEmpty() ? "category" : folded;
  }
}
