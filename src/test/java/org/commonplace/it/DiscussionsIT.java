package org.commonplace.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discussions and their moderation against the running portal, the real Elasticsearch and a real
 * SMTP server, in one deployment, since every part needs the same seeded portal and each boot costs
 * the suite a minute: threads and replies through the API and in the pages, following and
 * notifications with their mails, flags, the review queue and the facilitators' actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Discussions and moderation")
class DiscussionsIT {

  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  // ---- Threads and replies through the API (threads…) ----

  // ---- Thread and forum pages (pages…) ----

  // ---- Following, notifications and mail (notify…) ----

  // ---- Flags, review queue, facilitator actions (moderate…) ----

  // ---- Dashboard and seed discussions (seed…) ----
}
