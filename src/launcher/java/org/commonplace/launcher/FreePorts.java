package org.commonplace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds loopback ports nobody listens on. */
public final class FreePorts {

  private FreePorts() {}

  /** A TCP port that was free on the loopback address a moment ago. */
  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  /**
   * Whether we could listen on {@code port} at {@code address} ({@code null}: every address).
   * Binding, unlike connecting, also notices a socket that is bound but filtered; SO_REUSEADDR
   * stays on so connections lingering in TIME_WAIT after a restart do not count as "in use".
   */
  static boolean isFree(InetAddress address, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
