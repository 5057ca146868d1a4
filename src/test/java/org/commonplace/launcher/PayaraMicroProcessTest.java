package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroProcessTest {

  @TempDir Path home;

  @Test
  void shouldSayWhichPortIsTakenAndHowToChooseAnother() throws IOException, LaunchException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      PayaraSettings settings =
          new PayaraSettings(
              home.resolve("payara-micro.jar"),
              home.resolve("portal.war"),
              home,
              ListenAddress.parse("commonplace.host", "127.0.0.1"),
              port,
              home.resolve("pre-boot-commands.asadmin"),
              Map.of());

      assertThatThrownBy(() -> PayaraMicroProcess.start(settings))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "Port "
                  + port
                  + " is already in use: stop what is listening there"
                  + " or run with -Dcommonplace.port=NNNN");
    }
  }
}
