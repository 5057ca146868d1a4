package org.commonplace.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR that {@code mvn package} built, exactly as
 * shipped, with its configuration pointed at the test Elasticsearch and the repository's content.
 */
public final class PortalDeployment {

  public static final String ADMIN_TOKEN = "integration-test-admin-token";
  private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

  private PortalDeployment() {}

  public static WebArchive create() {
    File war = new File("target/commonplace.war");
    if (!war.isFile()) {
      throw new IllegalStateException(
          "target/commonplace.war is missing: run mvn verify, not the IT alone");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    String shipped = shippedConfig();
    archive.delete(CONFIG);
    archive.add(new StringAsset(shipped + testConfig()), CONFIG);
    return archive;
  }

  private static String testConfig() {
    return String.join(
        "\n",
        "",
        "# integration tests",
        "commonplace.es.url=" + TestElasticsearch.url(),
        "commonplace.content.dir=" + Path.of("content").toAbsolutePath(),
        "commonplace.admin.token=" + ADMIN_TOKEN,
        "commonplace.projection.retry-seconds=1",
        // every test signs in from 127.0.0.1; the per-address rate has its own unit tests
        "commonplace.signin.address-attempts-per-minute=100000",
        "commonplace.signin.address-failures-before-lock=100000",
        // the mails go to the tests' own SMTP server, sent and retried within seconds; digests
        // go out only when a test asks (POST /api/admin/digests), never on the clock mid-test
        "commonplace.mail.host=127.0.0.1",
        "commonplace.mail.port=" + TestSmtp.PORT,
        "commonplace.mail.drain-seconds=1",
        "commonplace.mail.retry-seconds=1",
        "commonplace.mail.retry-ceiling-seconds=2",
        "commonplace.digest.check-minutes=100000",
        "");
  }

  private static String shippedConfig() {
    try {
      return Files.readString(
          Path.of("src/main/resources/META-INF/microprofile-config.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
