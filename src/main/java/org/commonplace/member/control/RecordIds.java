package org.commonplace.member.control;

import java.security.SecureRandom;
import org.commonplace.story.control.StoryIds;

/** Ids of the member feature's records: readable slugs, prefixed by kind in the record index. */
public final class RecordIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private RecordIds() {}

  /** A slug of the name and a random suffix, so two people called Ann Lee get two ids. */
  public static String newId(String name) {
    String slug = StoryIds.slug(name);
    return (slug.isEmpty() ? "x" : slug) + "-" + suffix(4);
  }

  public static String member(String id) {
    return "member:" + id;
  }

  public static String memberEmail(String email) {
    return "member-email:" + email;
  }

  public static String network(String id) {
    return "network:" + id;
  }

  public static String organisation(String id) {
    return "organisation:" + id;
  }

  public static String invitation(String codeHash) {
    return "invitation:" + codeHash;
  }

  static String suffix(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }
}
