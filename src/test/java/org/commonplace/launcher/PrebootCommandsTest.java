package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrebootCommandsTest {

  @TempDir Path work;

  @Test
  void shouldKeepThePortalsOwnCommandsAndAddWhereToListen() throws Exception {
    Path shared =
        Files.writeString(
            work.resolve("pre-boot-commands.asadmin"),
            "# the portal's\nset configs.config.server-config.x=1\n");
    Path file = work.resolve("home/payara-preboot.asadmin");

    PrebootCommands.write(shared, "0.0.0.0", file);

    assertThat(Files.readAllLines(file))
        .startsWith("# the portal's", "set configs.config.server-config.x=1")
        .contains(
            "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=0.0.0.0");
  }

  @Test
  void shouldBindEveryListenerToTheAddressAndHazelcastToLoopback() {
    assertThat(PrebootCommands.listeningOn("192.0.2.2"))
        .containsExactly(
            "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=192.0.2.2",
            "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.https-listener.address=192.0.2.2",
            "set hazelcast-runtime-configuration.interface=127.0.0.1");
  }
}
