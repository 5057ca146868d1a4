package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

  @Test
  void seedShouldImportEveryDiscussionAndTheLessonDrawnFromOneWithoutAProblem() {
    // the portal imported content/ at start; importing it again finds everything present
    JsonObject report =
        Api.json(api.post("api/admin/content/import", "", PortalDeployment.ADMIN_TOKEN));

    assertThat(report.getJsonArray("problems")).isEmpty();
    assertThat(seedStrings(report.getJsonArray("skipped")))
        .contains(
            "threads/gp-summary-on-discharge-day",
            "threads/rappels-texto-pourquoi",
            "threads/harbourford/forum-settings.yaml",
            "lessons/summary-drafted-when-transport-booked");
    JsonObject lesson =
        Api.json(
            api.get(
                "api/lessons/summary-drafted-when-transport-booked",
                Members.token(base, "gwen-pryce")));
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("kind")).isEqualTo("THREAD");
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("recordId"))
        .isEqualTo("gp-summary-on-discharge-day");
  }

  @Test
  void seedDashboardShouldListTheSeededFlagsUnansweredThreadsAndMissingVoices() {
    String helen = Members.token(base, "helen-marsh");

    HttpResponse<String> answer =
        api.get("api/moderation/harbourford/dashboard?until=2026-11", helen);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject dashboard = Api.json(answer);
    assertThat(dashboard.getString("from")).isEqualTo("2025-12");
    assertThat(seedIds(dashboard.getJsonObject("openFlags").getJsonArray("flags")))
        .contains(
            "falls-data-analytics-r2.margaret-fenn",
            "weekend-anticipatory-medicines-r1.joan-whitfield");
    assertThat(seedIds(dashboard.getJsonObject("unanswered").getJsonArray("threads")))
        .contains("board-wants-quick-wins")
        .doesNotContain("gp-summary-on-discharge-day", "lounge-ward-side-costs");
    assertThat(seedIds(dashboard.getJsonObject("withinOneOrganisation").getJsonArray("threads")))
        .contains("board-wants-quick-wins")
        .doesNotContain("gp-summary-on-discharge-day");
    JsonObject byRole = dashboard.getJsonObject("byRole");
    assertThat(byRole.getJsonArray("months")).hasSize(12);
    assertThat(seedStrings(byRole.getJsonArray("rows"), "key")).contains("CLINICIAN", "LEADER");
    assertThat(seedStrings(dashboard.getJsonObject("missingVoices").getJsonArray("absentRoles")))
        .contains("ACADEMIC");
    assertThat(api.get("api/moderation/harbourford/dashboard?until=last-year", helen).statusCode())
        .isEqualTo(400);
    // a members-only network the facilitator does not belong to is not there for her
    assertThat(api.get("api/moderation/access-quebec/dashboard", helen).statusCode())
        .isEqualTo(404);
  }

  @Test
  void seedDashboardPageShouldDrawItsChartsBesideTablesForFacilitatorsOnly() {
    FormClient.Page page =
        Members.signIn(base, "helen-marsh")
            .get("moderation/dashboard.xhtml?network=harbourford&until=2026-11");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"chart-roles-title\"", "id=\"chart-organisations-title\"")
        .contains("role=\"img\"", "<th scope=\"row\">Clinician</th>")
        .contains("How do you report slow, steady progress to a board that wants quick wins?");
    // valid HTML here; the browser check with axe runs in the pages' list of this class
    assertThat(HtmlChecker.shared().errors("moderation/dashboard.xhtml", page.body())).isEmpty();
    assertThat(
            Members.signIn(base, "gwen-pryce")
                .get("moderation/dashboard.xhtml?network=harbourford")
                .status())
        .isEqualTo(403);
  }

  private static List<String> seedIds(JsonArray items) {
    return seedStrings(items, "id");
  }

  private static List<String> seedStrings(JsonArray items, String field) {
    return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
  }

  private static List<String> seedStrings(JsonArray items) {
    return items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
