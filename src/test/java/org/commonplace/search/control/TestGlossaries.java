package org.commonplace.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonplace.search.entity.Glossary;

/** Search glossaries for tests that wire the search by hand: one given, or the shipped one. */
public final class TestGlossaries {

  private TestGlossaries() {}

  public static SearchGlossary fixed(Glossary glossary) {
    return new SearchGlossary() {
      @Override
      public Glossary current() {
        return glossary;
      }
    };
  }

  /** The glossary the portal uses until an admin saves one: {@code content/glossary.txt}. */
  public static SearchGlossary shipped() {
    try {
      return fixed(Glossary.parse(Files.readString(Path.of("content", SearchGlossary.FILE))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
