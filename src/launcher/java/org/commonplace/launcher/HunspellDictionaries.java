package org.commonplace.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The Hunspell dictionaries the search index stems with. The distribution lacks the analysis-common
 * module (no stemmer filter), so stemming rests on these files.
 */
final class HunspellDictionaries {

  /** Where Debian's hunspell-en-us and hunspell-fr packages install them. */
  static final Path SYSTEM_DIRECTORY = Path.of("/usr/share/hunspell");

  private static final List<String> LOCALES = List.of("en_US", "fr_FR");

  private final Path source;

  HunspellDictionaries(Path source) {
    this.source = source;
  }

  /** Fails, naming the first missing file, before anything is provisioned. */
  void checkPresent() throws LaunchException {
    for (String locale : LOCALES) {
      for (String extension : List.of(".dic", ".aff")) {
        Path file = source.resolve(locale + extension);
        if (!Files.isReadable(file)) {
          throw new LaunchException(LauncherMessages.dictionaryMissing(file));
        }
      }
    }
  }

  /**
   * Copies each dictionary to {@code config/hunspell/<locale>/}, where Elasticsearch looks for it.
   * Copying follows symbolic links on purpose: Debian's fr_FR files link to fr.dic, and the node
   * must not depend on paths outside its configuration directory.
   */
  void copyInto(Path configDirectory) throws IOException {
    for (String locale : LOCALES) {
      Path target = Files.createDirectories(configDirectory.resolve("hunspell").resolve(locale));
      for (String extension : List.of(".dic", ".aff")) {
        String name = locale + extension;
        Files.copy(source.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
