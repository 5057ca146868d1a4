package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The launcher's mail catcher")
class MailCatcherTest {

  @Test
  void shouldWriteEachMailItReceivesAsAnEmlFile(@TempDir Path home) throws Exception {
    try (MailCatcher catcher = MailCatcher.start(FreePorts.pick(), home.resolve("mail"))) {
      Properties smtp = new Properties();
      smtp.put("mail.smtp.host", "127.0.0.1");
      smtp.put("mail.smtp.port", String.valueOf(catcher.port()));
      MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
      mail.setFrom(new InternetAddress("portal@commonplace.example"));
      mail.setRecipients(Message.RecipientType.TO, "gwen@harbourford.example");
      mail.setSubject("Your daily Commonplace digest");
      mail.setText("Owen replied");
      Transport.send(mail);

      assertThat(catcher.writeNew()).isEqualTo(1);
      try (Stream<Path> files = Files.list(catcher.folder())) {
        Path eml = files.findFirst().orElseThrow();
        assertThat(eml.getFileName().toString())
            .isEqualTo("0001-your-daily-commonplace-digest.eml");
        assertThat(Files.readString(eml))
            .contains("Owen replied")
            .contains("gwen@harbourford.example");
      }
    }
  }
}
