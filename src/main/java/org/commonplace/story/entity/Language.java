package org.commonplace.story.entity;

import java.util.Locale;

/** The language a story is written in; the network's members read it as written. */
public enum Language {
  EN,
  FR;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }
}
