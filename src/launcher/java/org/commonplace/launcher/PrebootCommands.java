package org.commonplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-boot command file the launcher gives Payara Micro: the portal's own commands, shared with
 * the integration tests and the image, followed by where this run listens. Payara Micro takes one
 * such file only, hence the copy.
 */
final class PrebootCommands {

  private static final String LISTENERS =
      "configs.config.server-config.network-config.network-listeners.network-listener.";

  private PrebootCommands() {}

  /**
   * Binds the HTTP listener (and the HTTPS one, disabled but configured) to {@code address}, and
   * Payara's Hazelcast member to loopback: Payara Micro starts that member even with {@code
   * --nocluster}, listening on port 6900 or the next free one on every interface, and nobody else
   * needs it. Hazelcast binds to the interface only with {@code -Dhazelcast.socket.bind.any=false}.
   */
  static List<String> listeningOn(String address) {
    return List.of(
        "set " + LISTENERS + "http-listener.address=" + address,
        "set " + LISTENERS + "https-listener.address=" + address,
        "set hazelcast-runtime-configuration.interface=" + ListenAddress.LOOPBACK);
  }

  /** Writes the portal's commands from {@code shared}, then the listening ones, to {@code file}. */
  static void write(Path shared, String address, Path file) throws LaunchException {
    List<String> lines = new ArrayList<>();
    try {
      lines.addAll(Files.readAllLines(shared, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotPrepare(shared, e));
    }
    lines.add("# added by the launcher: where this run listens");
    lines.addAll(listeningOn(address));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotPrepare(file, e));
    }
  }
}
