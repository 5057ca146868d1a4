package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchNodeTest {

  @TempDir Path work;

  private ElasticsearchSettings settings(int port) {
    return new ElasticsearchSettings(
        work.resolve("distribution"), work.resolve("home"), port, "1g", Duration.ofSeconds(5));
  }

  @Nested
  @DisplayName("when something already listens on the HTTP port")
  class PortInUse {

    @Test
    void shouldSayWhichPortIsTakenAndHowToChooseAnother() throws IOException {
      try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int port = taken.getLocalPort();

        assertThatThrownBy(() -> ElasticsearchNode.start(settings(port)))
            .isInstanceOf(LaunchException.class)
            .hasMessage(
                "Port "
                    + port
                    + " is already in use: stop what is listening there"
                    + " or choose another port with -Dcommonplace.es.port=NNNN");
      }
    }

    @Test
    void shouldProvisionNothing() throws IOException {
      try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int port = taken.getLocalPort();

        assertThatThrownBy(() -> ElasticsearchNode.start(settings(port)))
            .isInstanceOf(LaunchException.class);
        assertThat(work.resolve("home")).doesNotExist();
      }
    }
  }

  @Nested
  @DisplayName("when a Hunspell dictionary is not installed")
  class DictionaryMissing {

    @Test
    void shouldNameTheMissingEnglishDictionaryAndThePackagesToInstall() throws IOException {
      Path dictionaries = Files.createDirectories(work.resolve("hunspell"));

      assertThatThrownBy(() -> start(dictionaries))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "Hunspell dictionary "
                  + dictionaries.resolve("en_US.dic")
                  + " is missing:"
                  + " install it with 'apt-get install hunspell-en-us hunspell-fr'");
    }

    @Test
    void shouldNameTheMissingFrenchDictionary() throws IOException {
      Path dictionaries = Files.createDirectories(work.resolve("hunspell"));
      Files.writeString(dictionaries.resolve("en_US.dic"), "1\nclinic/S\n");
      Files.writeString(dictionaries.resolve("en_US.aff"), "SET UTF-8\n");

      assertThatThrownBy(() -> start(dictionaries))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "Hunspell dictionary "
                  + dictionaries.resolve("fr_FR.dic")
                  + " is missing:"
                  + " install it with 'apt-get install hunspell-en-us hunspell-fr'");
    }

    @Test
    void shouldProvisionNothing() throws IOException {
      Path dictionaries = Files.createDirectories(work.resolve("hunspell"));

      assertThatThrownBy(() -> start(dictionaries)).isInstanceOf(LaunchException.class);
      assertThat(work.resolve("home")).doesNotExist();
    }

    private ElasticsearchNode start(Path dictionaries) throws LaunchException {
      return ElasticsearchNode.start(
          settings(FreePorts.pick()), new HunspellDictionaries(dictionaries));
    }
  }

  @Test
  void shouldSayHowToGetTheDistributionWhenItIsMissing() throws IOException {
    Path dictionaries = Files.createDirectories(work.resolve("hunspell"));
    for (String name : new String[] {"en_US.dic", "en_US.aff", "fr_FR.dic", "fr_FR.aff"}) {
      Files.writeString(dictionaries.resolve(name), "1\n");
    }

    assertThatThrownBy(
            () ->
                ElasticsearchNode.start(
                    settings(FreePorts.pick()), new HunspellDictionaries(dictionaries)))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining(work.resolve("distribution").toString())
        .hasMessageContaining("run 'mvn -Prun' from the repository root");
  }
}
