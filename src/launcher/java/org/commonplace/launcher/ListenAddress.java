package org.commonplace.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;

/**
 * The address the portal's HTTP listener binds to. On loopback only this machine reaches it; any
 * other address, above all the wildcard ({@code 0.0.0.0}, {@code ::}), opens it to the network.
 *
 * @param text the setting as given, which Payara Micro receives unchanged
 * @param address what it stands for
 */
record ListenAddress(String text, InetAddress address) {

  static final String LOOPBACK = "127.0.0.1";

  /**
   * Reads the setting {@code name}; it must name an address of this machine (or the wildcard), so a
   * typo fails here with its name rather than as a bind error deep in Payara's log.
   */
  static ListenAddress parse(String name, String text) throws LaunchException {
    InetAddress address;
    try {
      address = InetAddress.getByName(text);
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.invalidHost(name, text));
    }
    if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && !isOfThisMachine(address)) {
      throw new LaunchException(LauncherMessages.invalidHost(name, text));
    }
    return new ListenAddress(text, address);
  }

  /** Whether only this machine can connect. */
  boolean loopbackOnly() {
    return address.isLoopbackAddress();
  }

  /** Where this machine connects to reach the listener, as a URL's host. */
  String hostForUrl() {
    if (address.isAnyLocalAddress() || address.getHostAddress().equals(LOOPBACK)) {
      // a wildcard listener answers on 127.0.0.1 too (which Java's "localhost" resolves to first),
      // and "localhost" reads better in a banner
      return "localhost";
    }
    String literal = address.getHostAddress();
    return literal.contains(":") ? "[" + literal + "]" : literal;
  }

  private static boolean isOfThisMachine(InetAddress address) {
    try {
      return NetworkInterface.getByInetAddress(address) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
