package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
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
}
