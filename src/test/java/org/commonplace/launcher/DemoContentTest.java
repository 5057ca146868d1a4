package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.commonplace.launcher.DemoContent.History;
import org.commonplace.launcher.DemoContent.Plan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoContentTest {

  @Nested
  @DisplayName("deciding whether content/ is imported")
  class Deciding {

    @ParameterizedTest
    @EnumSource(History.class)
    void shouldImportOnLoopbackWhateverTheHomeHolds(History history) {
      assertThat(DemoContent.plan(false, false, history)).isEqualTo(Plan.IMPORT);
    }

    @ParameterizedTest
    @EnumSource(History.class)
    void shouldImportOnTheNetworkWhenDemoAccountsAreAllowed(History history) {
      assertThat(DemoContent.plan(true, true, history)).isEqualTo(Plan.IMPORT);
    }

    @Test
    void shouldSkipTheImportOnTheNetworkInAFreshHome() {
      assertThat(DemoContent.plan(true, false, History.FRESH)).isEqualTo(Plan.SKIP);
    }

    @Test
    void shouldSkipTheImportOnTheNetworkInAHomeThatNeverHadThem() {
      assertThat(DemoContent.plan(true, false, History.WITHOUT_DEMO_ACCOUNTS)).isEqualTo(Plan.SKIP);
    }

    @Test
    void shouldRefuseTheNetworkInAHomeThatHoldsThem() {
      assertThat(DemoContent.plan(true, false, History.WITH_DEMO_ACCOUNTS)).isEqualTo(Plan.REFUSE);
    }
  }

  @Nested
  @DisplayName("reading and keeping the home's note")
  class Note {

    @TempDir Path home;

    private Path note() {
      return home.resolve("demo-accounts");
    }

    private Path data() {
      return home.resolve("elasticsearch/data");
    }

    @Test
    void shouldCallAHomeWithoutDataFresh() throws LaunchException {
      assertThat(DemoContent.history(note(), Optional.of(data()))).isEqualTo(History.FRESH);
    }

    @Test
    void shouldAssumeDataFromBeforeTheNoteHoldsTheDemoAccounts() throws Exception {
      Files.createDirectories(data().resolve("indices"));

      assertThat(DemoContent.history(note(), Optional.of(data())))
          .isEqualTo(History.WITH_DEMO_ACCOUNTS);
    }

    @Test
    void shouldRememberAnImport() throws Exception {
      DemoContent.record(note(), Plan.IMPORT, History.WITHOUT_DEMO_ACCOUNTS);

      assertThat(DemoContent.history(note(), Optional.of(data())))
          .isEqualTo(History.WITH_DEMO_ACCOUNTS);
    }

    @Test
    void shouldRememberThatAFreshHomeWasStartedWithoutThem() throws Exception {
      DemoContent.record(note(), Plan.SKIP, History.FRESH);
      Files.createDirectories(data().resolve("indices"));

      assertThat(DemoContent.history(note(), Optional.of(data())))
          .isEqualTo(History.WITHOUT_DEMO_ACCOUNTS);
    }

    @Test
    void shouldNotForgetAnEarlierImportWhenARunIsRefused() throws Exception {
      DemoContent.record(note(), Plan.IMPORT, History.FRESH);

      DemoContent.record(note(), Plan.REFUSE, History.WITH_DEMO_ACCOUNTS);

      assertThat(DemoContent.history(note(), Optional.of(data())))
          .isEqualTo(History.WITH_DEMO_ACCOUNTS);
    }
  }
}
