package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogExcerptTest {

  @TempDir Path logs;

  private Path log(String... lines) throws IOException {
    return Files.write(logs.resolve("child.log"), List.of(lines));
  }

  @Test
  void shouldPickTheInnermostCauseOfAPayaraDeploymentFailure() throws IOException {
    Path log =
        log(
            "[2026-11-23T14:12:27.158+0000] [] [\u001B[1;91mSEVERE\u001B[0m] []"
                + " [jakarta.enterprise.web] [tid: _ThreadID=1 _ThreadName=main] [levelValue: 1000]"
                + " [[",
            "  WebModule[]Servlet  threw load() exception",
            "org.apache.catalina.LifecycleException: java.lang.ClassNotFoundException:"
                + " no.such.Servlet",
            "Caused by: java.lang.ClassNotFoundException: no.such.Servlet",
            "\tat org.glassfish.web.loader.WebappClassLoader.loadClass(WebappClassLoader.java:1)");

    assertThat(LogExcerpt.lastError(log))
        .contains("java.lang.ClassNotFoundException: no.such.Servlet");
  }

  @Test
  void shouldPickTheMessageOfASevereRecordWithoutAStackTrace() throws IOException {
    Path log =
        log(
            "[2026-11-23T14:12:27.161+0000] [] [SEVERE] [] [javax.enterprise.system.core]"
                + " [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1] [levelValue: 1000]"
                + " Exception while loading the app");

    assertThat(LogExcerpt.lastError(log)).contains("Exception while loading the app");
  }

  @Test
  void shouldPickASevereLineWrittenBeforePayaraConfiguredItsLogging() throws IOException {
    Path log =
        log(
            "Nov 23, 2026 2:26:09 PM fish.payara.micro.impl.PayaraMicroImpl scanArgs",
            "SEVERE: --deploy File /tmp/nonexistent.war does not exist");

    assertThat(LogExcerpt.lastError(log))
        .contains("--deploy File /tmp/nonexistent.war does not exist");
  }

  @Test
  void shouldPickTheMessageOfAnElasticsearchErrorRecord() throws IOException {
    Path log =
        log(
            "[2026-11-23T14:21:52,794][INFO ][o.e.p.PluginsService     ] [vm] loaded module [apm]",
            "[2026-11-23T14:21:54,906][ERROR][o.e.b.Elasticsearch      ] [vm] fatal exception:"
                + " unknown setting [bogus.setting]",
            "",
            "ERROR: Elasticsearch died while starting up, with exit code 1");

    assertThat(LogExcerpt.lastError(log))
        .contains("fatal exception: unknown setting [bogus.setting]");
  }

  @Test
  void shouldFindNothingInALogWithoutErrors() throws IOException {
    Path log = log("[2026-11-23T14:21:52,794][INFO ][o.e.n.Node] [vm] started");

    assertThat(LogExcerpt.lastError(log)).isEmpty();
  }

  @Test
  void shouldFindNothingInALogThatDoesNotExist() {
    assertThat(LogExcerpt.lastError(logs.resolve("missing.log"))).isEmpty();
  }
}
