package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LauncherMessagesTest {

  private static LauncherMessages.Banner banner(Optional<Path> data) {
    return new LauncherMessages.Banner(
        "http://localhost:8080/",
        23.4567,
        "http://127.0.0.1:9200",
        data,
        Path.of("/root/.commonplace/logs/payara.log"),
        "s3cret");
  }

  @Test
  void shouldShowTheTimeToReadyWithOneDecimal() {
    assertThat(LauncherMessages.banner(banner(Optional.empty())))
        .contains("Commonplace is running at http://localhost:8080/ (ready in 23.5 s)");
  }

  @Test
  void shouldShowWhereElasticsearchKeepsItsData() {
    Path data = Path.of("/root/.commonplace/elasticsearch/data");

    assertThat(LauncherMessages.banner(banner(Optional.of(data))))
        .contains("Elasticsearch: http://127.0.0.1:9200   data: " + data);
  }

  @Test
  void shouldShowTheRebuildCommandWithTheAdminToken() {
    assertThat(LauncherMessages.banner(banner(Optional.empty())))
        .contains(
            "curl -X POST -H 'Authorization: Bearer s3cret'"
                + " http://localhost:8080/api/admin/search-index/rebuild");
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
                  LauncherMessages.elasticsearchStopped(137), restart, 19200))
          .isEqualTo(
              "Elasticsearch stopped unexpectedly (exit status 137); starting it again in 2 s"
                  + " on port 19200 with the same data (failure 2 of 5 allowed within 10 min)");
    }

    @Test
    void shouldSayHowOftenItFailedAndWhichLogToReadWhenGivingUp() {
      RestartPolicy.GiveUp giveUp = new RestartPolicy.GiveUp(5, Duration.ofMinutes(10));

      assertThat(
              LauncherMessages.elasticsearchGaveUp(
                  "exit status 1", giveUp, Path.of("/home/ada/.commonplace/es.log")))
          .isEqualTo(
              "Elasticsearch failed 5 times within 10 min, so it is not started again"
                  + " (the last time: exit status 1); see its log: /home/ada/.commonplace/es.log");
    }
  }
}
