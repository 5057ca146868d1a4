package org.commonplace.it;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * Arquillian reports the deployment under the machine's network address; tests talk to it over
 * loopback only, so no test traffic ever leaves the machine.
 */
final class Loopback {

  private Loopback() {}

  static String root(URL deployment) {
    try {
      URL local =
          new URL(
              deployment.getProtocol(), "localhost", deployment.getPort(), deployment.getFile());
      String url = local.toExternalForm();
      return url.endsWith("/") ? url : url + "/";
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(deployment.toString(), e);
    }
  }
}
