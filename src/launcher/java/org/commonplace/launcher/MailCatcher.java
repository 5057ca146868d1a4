package org.commonplace.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local mail catcher of {@code mvn -Prun}: a GreenMail SMTP server on loopback that the portal
 * sends its notification mails to, writing each mail it receives as an {@code .eml} file (which any
 * mail program opens) into a folder of the launcher's home. Nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

  private final GreenMail server;
  private final Path folder;
  private final ScheduledExecutorService writer;
  private int written;

  private MailCatcher(GreenMail server, Path folder) {
    this.server = server;
    this.folder = folder;
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "commonplace-mail-catcher");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts the SMTP server on 127.0.0.1 at this port and writes what it receives into folder. */
  public static MailCatcher start(int port, Path folder) throws LaunchException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new LaunchException("Cannot create the mail folder " + folder + ": " + e.getMessage());
    }
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new LaunchException(
          "The mail catcher could not listen on 127.0.0.1:" + port + ": " + e.getMessage());
    }
    MailCatcher catcher = new MailCatcher(server, folder);
    catcher.writer.scheduleWithFixedDelay(catcher::writeNew, 1, 1, TimeUnit.SECONDS);
    return catcher;
  }

  public int port() {
    return server.getSmtp().getPort();
  }

  public Path folder() {
    return folder;
  }

  /** Writes the mails received since the last call; returns how many there are in all. */
  synchronized int writeNew() {
    MimeMessage[] received = server.getReceivedMessages();
    for (; written < received.length; written++) {
      Path file = folder.resolve(fileName(written + 1, received[written]));
      try (OutputStream out = Files.newOutputStream(file)) {
        received[written].writeTo(out);
      } catch (IOException | MessagingException e) {
        System.err.println("commonplace: a caught mail could not be written to " + file);
      }
    }
    return written;
  }

  static String fileName(int number, MimeMessage message) {
    String subject;
    try {
      subject = message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      subject = "";
    }
    String slug =
        subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-)|(-$)", "");
    return String.format(
        Locale.ROOT, "%04d-%s.eml", number, slug.length() > 60 ? slug.substring(0, 60) : slug);
  }

  @Override
  public void close() {
    writer.shutdownNow();
    writeNew();
    server.stop();
  }
}
