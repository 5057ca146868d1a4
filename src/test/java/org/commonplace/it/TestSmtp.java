package org.commonplace.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.commonplace.launcher.FreePorts;

/**
 * A real SMTP server (GreenMail) for the integration tests, on a port chosen once per test run that
 * every deployment's mail settings point at ({@link PortalDeployment}). Tests start it, read what
 * it received, and stop and start it again to play a mail server outage.
 */
final class TestSmtp {

  static final int PORT = FreePorts.pick();

  private static GreenMail server;

  private TestSmtp() {}

  static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Stops listening: the portal's next attempts to send are refused. */
  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The mails received (since the last start) addressed to this address. */
  static synchronized List<MimeMessage> to(String address) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> addressedTo(m, address))
        .toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
