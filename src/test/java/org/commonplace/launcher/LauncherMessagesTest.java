package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LauncherMessagesTest {

  private static final Path TOKEN_FILE = Path.of("/root/.commonplace/admin-token");

  private static ListenAddress address(String text) throws Exception {
    return new ListenAddress(text, InetAddress.getByName(text));
  }

  private static LauncherMessages.Banner banner(
      ListenAddress host, Optional<Path> data, boolean demoAccounts) {
    return new LauncherMessages.Banner(
        "http://localhost:8080/",
        23.4567,
        host,
        "http://127.0.0.1:9200",
        data,
        Path.of("/root/.commonplace/logs/payara.log"),
        demoAccounts,
        TOKEN_FILE);
  }

  private static String loopbackBanner() throws Exception {
    return LauncherMessages.banner(banner(address("127.0.0.1"), Optional.empty(), true));
  }

  @Nested
  @DisplayName("the ready banner")
  class ReadyBanner {

    @Test
    void shouldShowTheTimeToReadyWithOneDecimal() throws Exception {
      assertThat(loopbackBanner())
          .contains("Commonplace is running at http://localhost:8080/ (ready in 23.5 s)");
    }

    @Test
    void shouldShowWhereElasticsearchKeepsItsDataAndThatItIsRestarted() throws Exception {
      Path data = Path.of("/root/.commonplace/elasticsearch/data");

      assertThat(LauncherMessages.banner(banner(address("127.0.0.1"), Optional.of(data), true)))
          .contains(
              "Elasticsearch: http://127.0.0.1:9200   data: "
                  + data
                  + " (started again if it stops)");
    }

    @Test
    void shouldSayWhereTheOperatorTokenIsKept() throws Exception {
      assertThat(loopbackBanner())
          .contains(
              "Operator token (admin API): in " + TOKEN_FILE + ", readable by its owner only");
    }

    @Test
    void shouldShowTheRebuildCommandReadingTheTokenFromItsFile() throws Exception {
      assertThat(loopbackBanner())
          .contains(
              "curl -X POST -H \"Authorization: Bearer $(cat '"
                  + TOKEN_FILE
                  + "')\" http://localhost:8080/api/admin/search-index/rebuild");
    }

    @Test
    void shouldSayOnLoopbackThatOnlyThisMachineReachesItAndHowToOpenIt() throws Exception {
      assertThat(loopbackBanner())
          .contains(
              "Reachable from this machine only (127.0.0.1);"
                  + " -Dcommonplace.host=0.0.0.0 opens it to the network");
    }

    @Test
    void shouldSayWhenOtherMachinesReachIt() throws Exception {
      assertThat(LauncherMessages.banner(banner(address("0.0.0.0"), Optional.empty(), false)))
          .contains("Listening on 0.0.0.0: reachable from other machines");
    }

    @Test
    void shouldListTheDemoAccountsWhenTheyWereImported() throws Exception {
      assertThat(loopbackBanner())
          .contains("site admin  admin@commonplace.example / quiet-orchard-lamp-17");
    }

    @Test
    void shouldListNoDemoAccountWhenContentWasNotImported() throws Exception {
      String text = LauncherMessages.banner(banner(address("0.0.0.0"), Optional.empty(), false));

      assertThat(text)
          .doesNotContain("quiet-orchard-lamp-17")
          .contains("No demo accounts: content/ was not imported");
    }
  }

  @Nested
  @DisplayName("the supervisor's lines")
  class Supervision {

    @Test
    void shouldSayWhatDiedWhenItRestartsAndHowManyFailuresRemain() {
      RestartPolicy.Restart restart =
          new RestartPolicy.Restart(Duration.ofSeconds(2), 2, 5, Duration.ofMinutes(10));

      assertThat(
              LauncherMessages.elasticsearchRestarting(
                  LauncherMessages.elasticsearchDied(137), restart, 19200))
          .isEqualTo(
              "Elasticsearch stopped unexpectedly (exit status 137); starting it again in 2 s"
                  + " on port 19200 with the same data (failure 2 of 5 allowed within 10 min)");
    }

    @Test
    void shouldSayHowOftenItFailedAndWhichLogToReadWhenGivingUp() {
      RestartPolicy.GiveUp giveUp = new RestartPolicy.GiveUp(5, Duration.ofMinutes(10));

      assertThat(
              LauncherMessages.elasticsearchGaveUp(
                  LauncherMessages.elasticsearchDidNotStartAgain("Port 19200 is already in use"),
                  giveUp,
                  Path.of("/home/ada/.commonplace/es.log")))
          .isEqualTo(
              "Elasticsearch failed 5 times within 10 min, so it is not started again."
                  + " Last failure: it did not start again (Port 19200 is already in use)."
                  + " See its log: /home/ada/.commonplace/es.log");
    }
  }
}
