package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HunspellDictionariesTest {

  @TempDir Path source;
  @TempDir Path config;

  @Test
  void shouldCopyTheContentOfLinkedDictionariesNotTheLinks() throws IOException {
    // Debian's layout: fr_FR.* are symbolic links to fr.*
    Files.writeString(source.resolve("en_US.dic"), "1\nclinic/S\n");
    Files.writeString(source.resolve("en_US.aff"), "SET UTF-8\n");
    Files.writeString(source.resolve("fr.dic"), "1\nclinique/S\n");
    Files.writeString(source.resolve("fr.aff"), "SET UTF-8\n");
    Files.createSymbolicLink(source.resolve("fr_FR.dic"), Path.of("fr.dic"));
    Files.createSymbolicLink(source.resolve("fr_FR.aff"), Path.of("fr.aff"));

    new HunspellDictionaries(source).copyInto(config);

    Path french = config.resolve("hunspell/fr_FR/fr_FR.dic");
    assertThat(french).isRegularFile().hasContent("1\nclinique/S");
    assertThat(Files.isSymbolicLink(french)).isFalse();
    assertThat(config.resolve("hunspell/en_US/en_US.aff")).hasContent("SET UTF-8");
  }
}
