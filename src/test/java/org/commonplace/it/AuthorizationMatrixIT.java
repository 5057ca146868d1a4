package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
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
 * Walks every API operation (reads and writes) and the page actions, for every role, against the
 * running portal, and asserts each answer. The operation list is checked against the OpenAPI
 * document, so a new operation without a row fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The authorization matrix")
class AuthorizationMatrixIT {

  /** anonymous, a Harbourford member, a Quebec member, Harbourford's facilitator, the admins. */
  private static final List<String> ROLES =
      List.of("anonymous", "member", "other-network", "facilitator", "admin", "operator");

  private static final Map<String, String> MEMBER_OF_ROLE =
      Map.of(
          "member", "gwen-pryce",
          "other-network", "amira-haddad",
          "facilitator", "helen-marsh",
          "admin", "admin");

  private static Map<String, String> tokens;

  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeEach
  void signIn() {
    api = new Api(base);
    if (tokens == null) {
      tokens = new LinkedHashMap<>();
      MEMBER_OF_ROLE.forEach((role, member) -> tokens.put(role, Members.token(base, member)));
      tokens.put("operator", PortalDeployment.ADMIN_TOKEN);
    }
  }

  @Test
  void shouldAnswerEveryApiEndpointForEveryRoleAsTheMatrixSays() {
    String draft = gwensDraft();
    HttpResponse<String> published =
        api.call(
            "POST",
            "api/stories",
            "{\"title\":\"Gwen's published story\",\"networkId\":\"harbourford\"}",
            tokens.get("member"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    String version = published.headers().firstValue("ETag").orElseThrow().replace("\"", "");
    SoftAssertions soft = new SoftAssertions();
    for (Endpoint endpoint : endpoints(draft, Api.json(published).getString("id"), version)) {
      for (String role : ROLES) {
        HttpResponse<String> answer =
            api.call(
                endpoint.method(),
                endpoint.path(),
                endpoint.body().apply(role),
                tokens.get(role),
                endpoint.headers());
        soft.assertThat(answer.statusCode())
            .as("%s %s as %s: %s", endpoint.method(), endpoint.path(), role, answer.body())
            .isEqualTo(endpoint.expected().get(role));
        soft.assertThat(answer.body()).as("no stack trace").doesNotContain("at org.");
      }
    }
    soft.assertAll();
  }

  @Test
  void shouldWalkExactlyTheOperationsOfTheOpenApiDocument() {
    String openapi = api.atServerRoot("openapi").body();
    Set<String> documented = new TreeSet<>();
    String path = null;
    for (String line : openapi.split("\n")) {
      Matcher p = Pattern.compile("^  (/\\S*):\\s*$").matcher(line);
      Matcher op =
          Pattern.compile("^    (get|head|options|post|put|delete|patch):\\s*$").matcher(line);
      if (p.matches()) {
        path = p.group(1);
      } else if (op.matches() && path != null) {
        documented.add(op.group(1).toUpperCase(Locale.ROOT) + " " + normalise(path));
      }
    }
    Set<String> walked = new TreeSet<>();
    endpoints("x", "y", "1").forEach(e -> walked.add(e.method() + " " + normalise(e.template())));

    assertThat(documented).as(openapi).contains("GET /stories", "POST /stories");
    assertThat(walked).isEqualTo(documented);
  }

  /**
   * Writes the description to target/openapi.yaml, which .ci/run lints with Redocly's recommended
   * rules, and checks here what Java can: every operation has a unique operationId, a summary, the
   * bearer scheme as its security and a documented 401; every response header a schema; nothing
   * outside OpenAPI's own fields.
   */
  @Test
  void shouldDescribeEveryOperationWithAUniqueIdASummaryAndTheBearerScheme() throws IOException {
    HttpResponse<String> yaml = api.atServerRoot("openapi");
    assertThat(yaml.statusCode()).isEqualTo(200);
    Files.writeString(Path.of("target", "openapi.yaml"), yaml.body());
    JsonObject openapi = Api.json(api.atServerRoot("openapi?format=json"));

    assertThat(openapi.keySet())
        .isSubsetOf("openapi", "info", "servers", "paths", "components", "security", "tags");
    JsonObject bearer =
        openapi
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("bearer");
    assertThat(bearer.getString("type")).isEqualTo("http");
    assertThat(bearer.getString("scheme")).isEqualTo("bearer");
    List<String> operationIds = new ArrayList<>();
    SoftAssertions soft = new SoftAssertions();
    openapi
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, value) -> {
                          JsonObject operation = value.asJsonObject();
                          String name = method.toUpperCase() + " " + path;
                          operationIds.add(operation.getString("operationId", ""));
                          soft.assertThat(operation.getString("operationId", ""))
                              .as(name)
                              .isNotBlank();
                          soft.assertThat(operation.getString("summary", "")).as(name).isNotBlank();
                          soft.assertThat(String.valueOf(operation.get("security")))
                              .as(name)
                              .isEqualTo("[{\"bearer\":[]}]");
                          soft.assertThat(operation.getJsonObject("responses").keySet())
                              .as(name)
                              .contains("401");
                          operation
                              .getJsonObject("responses")
                              .forEach(
                                  (status, response) ->
                                      response
                                          .asJsonObject()
                                          .getOrDefault("headers", JsonValue.EMPTY_JSON_OBJECT)
                                          .asJsonObject()
                                          .forEach(
                                              (header, described) ->
                                                  soft.assertThat(described.asJsonObject().keySet())
                                                      .as(name + " " + status + " " + header)
                                                      .containsAnyOf("schema", "content")));
                        }));
    soft.assertThat(operationIds).as("operationIds").isNotEmpty().doesNotHaveDuplicates();
    // an object allowed no properties, or a date that is an object, would mislead every client
    soft.assertThat(yaml.body()).as("schemas").doesNotContain("maxProperties: 0");
    soft.assertThat(
            openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject("Instant"))
        .as("Instant")
        .containsEntry("type", Json.createValue("string"));
    soft.assertAll();
  }

  @Test
  void shouldRefuseAnApiWriteCarryingOnlyASessionCookie() {
    FormClient browser = Members.signIn(base, "gwen-pryce");

    HttpResponse<String> forged =
        browser.postJson("api/stories", "{\"title\":\"Forged\",\"networkId\":\"harbourford\"}");

    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void shouldCreateApiTokensOnlyInASignedInSessionNeverWithAToken() {
    int before = tokenCount("member");

    HttpResponse<String> byApi =
        api.post("api/tokens", "{\"name\":\"minted\"}", tokens.get("member"));
    FormClient bearer = new FormClient(base).withBearer(tokens.get("member"));
    FormClient.Page byPage =
        bearer.forge(
            "account/tokens.xhtml", "tokens", Map.of("tokens:name", "minted"), "tokens:create");
    FormClient session = Members.signIn(base, "gwen-pryce");
    FormClient.Page signedIn =
        session.submit(
            session.get("account/tokens.xhtml"),
            "tokens",
            Map.of("tokens:name", "made in a session"),
            "tokens:create");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(byApi.statusCode()).isEqualTo(403);
    soft.assertThat(byApi.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    soft.assertThat(Api.json(byApi).getString("detail"))
        .contains("A token cannot create API tokens", "account page");
    soft.assertThat(byPage.status()).isEqualTo(403);
    soft.assertThat(byPage.contains("id=\"new-token\"")).isFalse();
    soft.assertThat(signedIn.text("new-token"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("cp_"));
    soft.assertThat(tokenCount("member")).isEqualTo(before + 1);
    soft.assertAll();
  }

  @Test
  void shouldShowAnOutsiderOnlyTheNameAndDescriptionOfAMembersOnlyNetwork() {
    FormClient gwen = Members.signIn(base, "gwen-pryce");
    FormClient amira = Members.signIn(base, "amira-haddad");
    String focus = "Access to primary care for vulnerable populations";

    FormClient.Page outside = gwen.get("networks/view.xhtml?id=access-quebec");
    FormClient.Page inside = amira.get("networks/view.xhtml?id=access-quebec");
    JsonObject outsideApi = Api.json(api.get("api/networks/access-quebec", tokens.get("member")));

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(outside.status()).isEqualTo(200);
    soft.assertThat(outside.body())
        .contains("Access to Primary Care Partnership (Quebec)", "people without a family doctor")
        .contains("members-only-note")
        .doesNotContain(focus, "members/index.xhtml?network=access-quebec");
    soft.assertThat(inside.body()).contains(focus).doesNotContain("members-only-note");
    soft.assertThat(outsideApi.getString("name"))
        .isEqualTo("Access to Primary Care Partnership (Quebec)");
    soft.assertThat(outsideApi.containsKey("focus")).as("focus in " + outsideApi).isFalse();
    soft.assertThat(outsideApi.containsKey("kind")).as("kind in " + outsideApi).isFalse();
    soft.assertAll();
  }

  @Test
  void shouldSearchOnlyTheNetworksTheCallerMayRead() {
    String words = "partnership synergy access primary care";
    assertThat(StoryApiIT.ids(api.search(words, tokens.get("other-network"))))
        .contains("access-partnership-synergy");
    assertThat(StoryApiIT.ids(api.search(words, tokens.get("member"))))
        .doesNotContain("access-partnership-synergy", "newcomer-navigation-primary-care");
    assertThat(api.get("api/search?q=access").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAllowOrRefuseEveryPageActionForEveryRole() {
    String gwensDraftForPages = gwensDraft();
    SoftAssertions soft = new SoftAssertions();
    for (String role : List.of("anonymous", "member", "other-network", "facilitator", "admin")) {
      FormClient client =
          role.equals("anonymous")
              ? new FormClient(base)
              : Members.signIn(base, MEMBER_OF_ROLE.get(role));
      String title = "Page action story by " + role;
      FormClient.Page story =
          client.forge(
              "story/new.xhtml",
              "story",
              Map.of("story:title", title, "story:networkId", "harbourford", "id", ""),
              "story:publish");
      boolean published = story.uri().getPath().endsWith("story/view.xhtml");
      soft.assertThat(published)
          .as("publish in Harbourford as %s", role)
          .isEqualTo(role.equals("member") || role.equals("facilitator"));

      FormClient.Page invite =
          client.forge(
              "networks/view.xhtml?id=harbourford",
              "invite",
              Map.of("id", "harbourford", "invite:note", "for " + role),
              "invite:issue");
      soft.assertThat(invite.contains("id=\"invitation-code\""))
          .as("invite into Harbourford as %s", role)
          .isEqualTo(role.equals("facilitator") || role.equals("admin"));

      FormClient.Page organisation =
          client.forge(
              "admin/index.xhtml",
              "organisation",
              Map.of("organisation:name", "Org made by " + role, "organisation:type", "INDUSTRY"),
              "organisation:create");
      soft.assertThat(organisation.contains("is added"))
          .as("create an organisation as %s", role)
          .isEqualTo(role.equals("admin"));

      FormClient.Page network =
          client.forge(
              "admin/index.xhtml",
              "network",
              Map.of(
                  "network:name", "Network made by " + role,
                  "network:kind", "ISSUE_BASED",
                  "network:focus", "testing",
                  "network:visibility", "OPEN"),
              "network:create");
      soft.assertThat(network.contains("is created"))
          .as("create a network as %s", role)
          .isEqualTo(role.equals("admin"));

      FormClient.Page giveRole =
          client.forge(
              "admin/index.xhtml",
              "role",
              Map.of(
                  "role:roleEmail", Members.seed("joan-whitfield").email(),
                  "role:roleNetwork", "harbourford",
                  "role:roleChoice", "MEMBER"),
              "role:give");
      soft.assertThat(giveRole.contains("now has that role"))
          .as("give a role as %s", role)
          .isEqualTo(role.equals("admin"));

      // the shipped glossary saved over whatever version is there: the searches stay as they were
      FormClient.Page glossary =
          client.forge(
              "admin/glossary.xhtml",
              "glossary",
              Map.of("glossary:text", shippedGlossary(), "glossary:version", glossaryVersion()),
              "glossary:save");
      soft.assertThat(glossary.contains("The glossary is saved"))
          .as("save the search glossary as %s", role)
          .isEqualTo(role.equals("admin"));

      FormClient.Page draft =
          client.forge(
              "story/new.xhtml",
              "story",
              Map.of("story:title", "Draft by " + role, "story:networkId", "harbourford", "id", ""),
              "story:save-draft");
      soft.assertThat(draft.uri().getPath().endsWith("story/view.xhtml"))
          .as("save a draft in Harbourford as %s", role)
          .isEqualTo(role.equals("member") || role.equals("facilitator"));

      FormClient.Page revise =
          client.forge(
              "story/new.xhtml?id=" + gwensDraftForPages,
              "story",
              Map.of(
                  "story:title",
                  "Draft revised by " + role,
                  "story:networkId",
                  "harbourford",
                  "id",
                  gwensDraftForPages,
                  // the version the edit page was opened at, as the real page sends it
                  "basedOn",
                  currentVersion(gwensDraftForPages)),
              "story:save-draft");
      soft.assertThat(revise.uri().getPath().endsWith("story/view.xhtml"))
          .as("revise Gwen's draft as %s", role)
          .isEqualTo(role.equals("member"));

      FormClient.Page profile =
          client.forge(
              "account/index.xhtml",
              "profile",
              // the member's own name and role again, so other test classes find them unchanged
              Map.of(
                  "profile:name", ownName(role),
                  "profile:stakeholderRole", ownRole(role),
                  "profile:organisationId", ownOrganisation(role)),
              "profile:save");
      soft.assertThat(profile.contains("Your profile is saved"))
          .as("save one's profile as %s", role)
          .isEqualTo(!role.equals("anonymous"));

      FormClient.Page audit = client.get("admin/audit.xhtml");
      soft.assertThat(audit.contains("id=\"audit\""))
          .as("read the audit log as %s", role)
          .isEqualTo(role.equals("admin"));

      FormClient.Page token =
          client.forge(
              "account/tokens.xhtml",
              "tokens",
              Map.of("tokens:name", "page " + role),
              "tokens:create");
      soft.assertThat(token.contains("id=\"new-token\""))
          .as("create an API token as %s", role)
          .isEqualTo(!role.equals("anonymous"));
    }
    soft.assertAll();
    assertThat(api.get("api/organisations", tokens.get("admin")).body())
        .contains("Org made by admin")
        .doesNotContain("Org made by member", "Org made by facilitator");
  }

  @Test
  void shouldRecordSignInsInTheAuditLogThatOnlyAdminsRead() {
    Members.signIn(new FormClient(base), "auditor.test@nowhere.example", "wrong-password-here");

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              String log = api.get("api/admin/audit", tokens.get("admin")).body();
              assertThat(log)
                  .contains("SIGN_IN_FAILED", "auditor.test@nowhere.example", "SIGN_IN_SUCCEEDED")
                  .doesNotContain("wrong-password-here");
            });
    for (String role : List.of("member", "facilitator", "operator")) {
      assertThat(api.get("api/admin/audit", tokens.get(role)).statusCode()).as(role).isEqualTo(403);
    }
  }

  private static String ownName(String role) {
    return role.equals("anonymous")
        ? "Nobody"
        : Members.seed(MEMBER_OF_ROLE.get(role)).profile().getName();
  }

  private static String ownRole(String role) {
    return role.equals("anonymous")
        ? "CLINICIAN"
        : Members.seed(MEMBER_OF_ROLE.get(role)).profile().getStakeholderRole().name();
  }

  private static String ownOrganisation(String role) {
    return role.equals("anonymous")
        ? ""
        : Members.seed(MEMBER_OF_ROLE.get(role)).profile().getOrganisationId();
  }

  private String gwensDraft() {
    HttpResponse<String> created =
        api.call(
            "POST",
            "api/stories?draft=true",
            "{\"title\":\"Gwen's unfinished draft\",\"networkId\":\"harbourford\"}",
            tokens.get("member"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  /**
   * Every operation with the status each role gets: anonymous, a Harbourford member, a member of
   * the members-only Quebec partnership, Harbourford's facilitator, a site admin, the operator. A
   * signed-in caller who may not see something gets 404, as if it did not exist; one who may not do
   * something gets 403. The operator is no member: the reads that need a member answer it 401.
   */
  private List<Endpoint> endpoints(String draft, String published, String version) {
    List<Endpoint> all = new ArrayList<>();
    all.add(read("/stories", "api/stories", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/stories",
            "api/stories",
            role -> "{\"title\":\"Matrix story by " + role + "\",\"networkId\":\"harbourford\"}",
            expect(401, 201, 403, 201, 403, 403)));
    all.add(
        read(
            "/stories/{id}",
            "api/stories/access-partnership-synergy",
            expect(401, 404, 200, 404, 404, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/stories/{id}",
            "api/stories/" + draft,
            role -> "{\"title\":\"Gwen's draft, revised\",\"networkId\":\"harbourford\"}",
            expect(401, 200, 404, 404, 404, 403),
            // any version: this walk is about who may write, not about concurrent edits
            Map.of("If-Match", "*")));
    storyVersionsAndStewardship(all, "api/stories/" + published, version);
    lessonEndpoints(all);
    narrativeEndpoints(all);
    storySpreadEndpoints(all);
    threadEndpoints(all);
    moderationEndpoints(all);
    notificationEndpoints(all);
    all.add(read("/search", "api/search?q=access", expect(401, 200, 200, 200, 200, 403)));
    all.add(read("/search/glossary", "api/search/glossary", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        read(
            "/search/suggestions",
            "api/search/suggestions?q=acc",
            expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/search/glossary",
            "api/search/glossary",
            role -> Json.createObjectBuilder().add("text", shippedGlossary()).build().toString(),
            expect(401, 403, 403, 403, 200, 200),
            Map.of("If-Match", "*")));
    all.add(read("/networks", "api/networks", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/networks",
            "api/networks",
            role ->
                "{\"name\":\"Matrix network "
                    + role
                    + "\",\"kind\":\"ISSUE_BASED\","
                    + "\"focus\":\"testing\",\"visibility\":\"OPEN\"}",
            expect(401, 403, 403, 403, 201, 403)));
    // a members-only network's profile: anyone signed in may find it and ask to join
    all.add(
        read("/networks/{id}", "api/networks/access-quebec", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/networks/{id}",
            "api/networks/northvale-mental-health",
            role ->
                "{\"name\":\"Northvale Mental Health Improvement Collaborative\","
                    + "\"kind\":\"ISSUE_BASED\",\"focus\":\"Mental health\",\"visibility\":\"OPEN\","
                    + "\"description\":\"Mental health services improving one topic at a time.\"}",
            expect(401, 403, 403, 403, 200, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/networks/{id}/members/{memberId}",
            "api/networks/harbourford/members/joan-whitfield",
            role -> "{\"role\":\"MEMBER\"}",
            expect(401, 403, 403, 403, 204, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/networks/{id}/invitations",
            "api/networks/harbourford/invitations",
            role -> "{\"note\":\"matrix " + role + "\"}",
            expect(401, 403, 403, 201, 201, 403)));
    all.add(
        read(
            "/networks/{id}/invitations",
            "api/networks/harbourford/invitations",
            expect(401, 403, 403, 200, 200, 403)));
    all.add(read("/organisations", "api/organisations", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/organisations",
            "api/organisations",
            role -> "{\"name\":\"Matrix organisation " + role + "\",\"type\":\"INDUSTRY\"}",
            expect(401, 403, 403, 403, 201, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/organisations/{id}",
            "api/organisations/clearpath-analytics",
            role -> "{\"name\":\"Clearpath Health Analytics\",\"type\":\"INDUSTRY\"}",
            expect(401, 403, 403, 403, 200, 403)));
    all.add(read("/tokens", "api/tokens", expect(401, 200, 200, 200, 200, 403)));
    // a token never creates tokens, so through the API nobody does: the account page does
    all.add(
        new Endpoint(
            "POST",
            "/tokens",
            "api/tokens",
            role -> "{\"name\":\"matrix\"}",
            expect(401, 403, 403, 403, 403, 403)));
    all.add(
        new Endpoint(
            "DELETE",
            "/tokens/{id}",
            "api/tokens/" + "0".repeat(64),
            role -> null,
            expect(401, 404, 404, 404, 404, 403)));
    all.add(read("/members", "api/members", expect(401, 200, 200, 200, 200, 403)));
    all.add(read("/members/me", "api/members/me", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "PUT",
            "/members/me",
            "api/members/me",
            role ->
                role.equals("anonymous") || role.equals("operator") ? "{}" : currentProfile(role),
            expect(401, 200, 200, 200, 200, 403)));
    all.add(read("/members/{id}", "api/members/gwen-pryce", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/admin/search-index/rebuild",
            "api/admin/search-index/rebuild",
            role -> null,
            expect(401, 403, 403, 403, 200, 200)));
    all.add(
        new Endpoint(
            "POST",
            "/admin/content/import",
            "api/admin/content/import",
            role -> null,
            expect(401, 403, 403, 403, 200, 200)));
    all.add(
        read(
            "/admin/content/stories",
            "api/admin/content/stories",
            expect(401, 403, 403, 403, 200, 200)));
    all.add(
        read(
            "/admin/content/stories/{id}",
            "api/admin/content/stories/access-partnership-synergy",
            expect(401, 403, 403, 403, 200, 200)));
    // a story that exists: importing its id again leaves it as it is (200), for whoever may
    all.add(
        new Endpoint(
            "PUT",
            "/admin/content/stories/{id}",
            "api/admin/content/stories/access-partnership-synergy",
            role ->
                "{\"text\":\"---\\ntitle: Again\\nauthor: A\\nauthor-id: louise-bergeron\\n"
                    + "network: access-quebec\\n---\\n\"}",
            expect(401, 403, 403, 403, 200, 200)));
    all.add(
        read(
            "/admin/content/lessons",
            "api/admin/content/lessons",
            expect(401, 403, 403, 403, 200, 200)));
    // a lesson no one has: the operator gets as far as 404
    all.add(
        read(
            "/admin/content/lessons/{id}",
            "api/admin/content/lessons/no-such-lesson",
            expect(401, 403, 403, 403, 404, 404)));
    all.add(
        read(
            "/admin/content/narratives",
            "api/admin/content/narratives",
            expect(401, 403, 403, 403, 200, 200)));
    all.add(
        read(
            "/admin/content/narratives/{networkId}",
            "api/admin/content/narratives/harbourford",
            expect(401, 403, 403, 403, 200, 200)));
    all.add(read("/admin/audit", "api/admin/audit", expect(401, 403, 403, 403, 200, 403)));
    // a computation on what the caller sends: any member, by token as every API POST
    all.add(
        new Endpoint(
            "POST",
            "/run-charts/analysis",
            "api/run-charts/analysis",
            role -> "{\"values\":[12,14,11,15,13,9,8,7,8,6],\"baseline\":5}",
            expect(401, 200, 200, 200, 200, 403)));
    return all;
  }

  /**
   * A published Harbourford story by the member (Gwen): its versions are read by whoever reads the
   * open network; only she restores; only Harbourford's facilitator confirms evidence; the
   * facilitator and site admins redact (a passage it does not contain, so the walk changes
   * nothing); she withdraws it last, after which it is gone to those who are not its teller or its
   * network's facilitator.
   */
  private static void storyVersionsAndStewardship(
      List<Endpoint> all, String story, String version) {
    all.add(
        read("/stories/{id}/versions", story + "/versions", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        read(
            "/stories/{id}/versions/{number}",
            story + "/versions/" + version,
            expect(401, 200, 200, 200, 200, 403)));
    all.add(
        read(
            "/stories/{id}/versions/{older}/changes/{newer}",
            story + "/versions/" + version + "/changes/" + version,
            expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/stories/{id}/versions/{number}/restore",
            story + "/versions/" + version + "/restore",
            role -> null,
            expect(401, 200, 403, 403, 403, 403),
            Map.of("If-Match", "*")));
    all.add(
        new Endpoint(
            "PUT",
            "/stories/{id}/evidence",
            story + "/evidence",
            role -> "{\"level\":\"ANECDOTE\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/stories/{id}/redactions",
            story + "/redactions",
            role -> "{\"passage\":\"not in this story\"}",
            expect(401, 403, 403, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/stories/{id}/withdrawal",
            story + "/withdrawal",
            role -> "{\"reason\":\"matrix\"}",
            expect(401, 200, 404, 403, 404, 403)));
  }

  /** Lessons learned: proposing, editing, the lifecycle, applications. */
  private void lessonEndpoints(List<Endpoint> all) {
    Function<String, String> gwensLesson =
        what -> {
          HttpResponse<String> created =
              api.call(
                  "POST",
                  "api/lessons",
                  "{\"statement\":\"Gwen's lesson " + what + ".\",\"networkId\":\"harbourford\"}",
                  tokens.get("member"));
          assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
          return Api.json(created).getString("id");
        };
    // Gwen's lessons in the open Harbourford network: one to read, edit, apply and adapt, one to
    // validate, one already validated to review, one to retire
    String lesson = gwensLesson.apply("read and applied");
    String toValidate = gwensLesson.apply("to validate");
    String validated = gwensLesson.apply("to review");
    HttpResponse<String> validation =
        api.call(
            "POST",
            "api/lessons/" + validated + "/validation",
            "{\"note\":\"seen\",\"evidenceLevel\":\"ANECDOTE\"}",
            tokens.get("facilitator"));
    assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
    String toRetire = gwensLesson.apply("to retire");
    all.add(read("/lessons", "api/lessons", expect(401, 200, 200, 200, 200, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/lessons",
            "api/lessons",
            role ->
                "{\"statement\":\"Matrix lesson by " + role + ".\",\"networkId\":\"harbourford\"}",
            expect(401, 201, 403, 201, 403, 403)));
    all.add(read("/lessons/{id}", "api/lessons/" + lesson, expect(401, 200, 200, 200, 200, 403)));
    // the proposer while it is proposed, and the network's facilitators
    all.add(
        new Endpoint(
            "PUT",
            "/lessons/{id}",
            "api/lessons/" + lesson,
            role -> "{\"statement\":\"Gwen's lesson, edited by " + role + ".\"}",
            expect(401, 200, 403, 200, 403, 403),
            Map.of("If-Match", "*")));
    all.add(
        new Endpoint(
            "POST",
            "/lessons/{id}/validation",
            "api/lessons/" + toValidate + "/validation",
            role -> "{\"note\":\"by " + role + "\",\"evidenceLevel\":\"ANECDOTE\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/lessons/{id}/review",
            "api/lessons/" + validated + "/review",
            role -> "{\"note\":\"still holds, says " + role + "\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/lessons/{id}/retirement",
            "api/lessons/" + toRetire + "/retirement",
            role -> "{\"reason\":\"by " + role + "\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        read(
            "/lessons/{id}/applications",
            "api/lessons/" + lesson + "/applications",
            expect(401, 200, 200, 200, 200, 403)));
    // whoever may read it records applying it, for their own organisation
    all.add(
        new Endpoint(
            "POST",
            "/lessons/{id}/applications",
            "api/lessons/" + lesson + "/applications",
            role -> "{\"outcome\":\"WORKED\",\"result\":\"by " + role + "\"}",
            expect(401, 201, 201, 201, 201, 403)));
    // adapting into the Quebec partnership: only its member may
    all.add(
        new Endpoint(
            "POST",
            "/lessons/{id}/adaptations",
            "api/lessons/" + lesson + "/adaptations",
            role -> "{\"networkId\":\"access-quebec\"}",
            expect(401, 403, 201, 403, 403, 403)));
  }

  /**
   * Shared narratives: Harbourford's, with two versions at least and no named editors, so that only
   * its facilitator writes; whoever reads the open network reads it; only a leader who is a member
   * endorses (Helen, after the walk's restore made a version nobody endorsed yet).
   */
  private void narrativeEndpoints(List<Endpoint> all) {
    String narrative = "api/narratives/harbourford";
    String facilitator = tokens.get("facilitator");
    String version = "{\"title\":\"Harbourford's shared narrative\",\"text\":\"Why we exist.\"}";
    if (api.get(narrative, facilitator).statusCode() == 404) {
      assertThat(api.call("PUT", narrative, version, facilitator).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> saved =
        api.call("PUT", narrative, version, facilitator, Map.of("If-Match", "*"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(
            api.call("PUT", narrative + "/editors", "{\"memberIds\":[]}", facilitator).statusCode())
        .isEqualTo(200);
    long current =
        Long.parseLong(saved.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    Map<String, Integer> readers = expect(401, 200, 200, 200, 200, 403);
    Map<String, Integer> facilitatorOnly = expect(401, 403, 403, 200, 403, 403);
    all.add(read("/narratives/{networkId}", narrative, readers));
    all.add(
        new Endpoint(
            "PUT",
            "/narratives/{networkId}",
            narrative,
            role -> version,
            facilitatorOnly,
            Map.of("If-Match", "*")));
    all.add(read("/narratives/{networkId}/versions", narrative + "/versions", readers));
    all.add(
        read(
            "/narratives/{networkId}/versions/{number}",
            narrative + "/versions/" + current,
            readers));
    all.add(
        read(
            "/narratives/{networkId}/versions/{from}/changes/{to}",
            narrative + "/versions/" + (current - 1) + "/changes/" + current,
            readers));
    all.add(
        new Endpoint(
            "POST",
            "/narratives/{networkId}/versions/{number}/restore",
            narrative + "/versions/" + (current - 1) + "/restore",
            role -> null,
            facilitatorOnly,
            Map.of("If-Match", "*")));
    all.add(read("/narratives/{networkId}/endorsements", narrative + "/endorsements", readers));
    // Gwen is a clinician, Amira and the admin no members of Harbourford: only Helen, a leader
    all.add(
        new Endpoint(
            "POST",
            "/narratives/{networkId}/endorsements",
            narrative + "/endorsements",
            role -> "{}",
            expect(401, 403, 403, 201, 403, 403)));
    all.add(read("/narratives/{networkId}/editors", narrative + "/editors", readers));
    all.add(
        new Endpoint(
            "PUT",
            "/narratives/{networkId}/editors",
            narrative + "/editors",
            role -> "{\"memberIds\":[]}",
            facilitatorOnly));
    all.add(read("/narratives/{networkId}/aims", narrative + "/aims", readers));
  }

  /** Stories adapted from others: "we are adapting this" and where a story spread. */
  private void storySpreadEndpoints(List<Endpoint> all) {
    // an open Northvale story: every member adapts it into their only network; the site admin,
    // member of no network, writes stories nowhere
    all.add(
        new Endpoint(
            "POST",
            "/stories/{id}/adaptations",
            "api/stories/university-hospital-run-charts/adaptations",
            role -> "{}",
            expect(401, 201, 201, 201, 403, 403)));
    // a members-only Quebec story: its lineage is as hidden as the story
    all.add(
        read(
            "/stories/{id}/lineage",
            "api/stories/access-partnership-synergy/lineage",
            expect(401, 404, 200, 404, 404, 403)));
  }

  /**
   * Threads, replies, reactions, answers, forums (issue 10, threads part): Gwen's thread in the
   * open Harbourford network with her reply, so the author's rights and the facilitator's differ.
   */
  private void threadEndpoints(List<Endpoint> all) {
    String gwen = tokens.get("member");
    HttpResponse<String> started =
        api.call(
            "POST",
            "api/threads",
            "{\"networkId\":\"harbourford\",\"title\":\"Gwen's matrix thread\","
                + "\"body\":\"Who may do what here?\"}",
            gwen);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String thread = "api/threads/" + Api.json(started).getString("id");
    HttpResponse<String> replied =
        api.call("POST", thread + "/replies", "{\"body\":\"Gwen answers herself.\"}", gwen);
    assertThat(replied.statusCode()).as(replied.body()).isEqualTo(201);
    String reply = thread + "/replies/" + Api.json(replied).getString("id");
    Map<String, Integer> readers = expect(401, 200, 200, 200, 200, 403);
    Map<String, Integer> members = expect(401, 201, 403, 201, 403, 403);
    Map<String, Integer> reactors = expect(401, 204, 204, 204, 204, 403);
    Map<String, Integer> authorOrFacilitator = expect(401, 200, 403, 200, 403, 403);
    Map<String, Integer> facilitatorOnly = expect(401, 403, 403, 200, 403, 403);
    all.add(read("/threads", "api/threads?network=harbourford", readers));
    all.add(
        new Endpoint(
            "POST",
            "/threads",
            "api/threads",
            role ->
                "{\"networkId\":\"harbourford\",\"title\":\"Matrix thread by "
                    + role
                    + "\",\"body\":\"Testing.\"}",
            members));
    all.add(read("/threads/{id}", thread, readers));
    all.add(
        new Endpoint(
            "POST",
            "/threads/{id}/replies",
            thread + "/replies",
            role -> "{\"body\":\"A reply by " + role + ".\"}",
            members));
    all.add(read("/threads/{id}/replies", thread + "/replies", readers));
    all.add(read("/threads/{id}/replies/{replyId}", reply, readers));
    // the author edits her own reply; a facilitator's edit of it is moderation's, with a reason
    all.add(
        new Endpoint(
            "PUT",
            "/threads/{id}/replies/{replyId}",
            reply,
            role -> "{\"body\":\"Gwen answers herself, edited as " + role + ".\"}",
            expect(401, 200, 403, 403, 403, 403),
            Map.of("If-Match", "*")));
    all.add(
        new Endpoint(
            "PUT",
            "/threads/{id}/replies/{replyId}/helpful",
            reply + "/helpful",
            role -> null,
            reactors));
    all.add(
        new Endpoint(
            "DELETE",
            "/threads/{id}/replies/{replyId}/helpful",
            reply + "/helpful",
            role -> null,
            reactors));
    all.add(
        new Endpoint("PUT", "/threads/{id}/helpful", thread + "/helpful", role -> null, reactors));
    all.add(
        new Endpoint(
            "DELETE", "/threads/{id}/helpful", thread + "/helpful", role -> null, reactors));
    String answer = "{\"replyId\":\"" + Api.json(replied).getString("id") + "\"}";
    all.add(
        new Endpoint(
            "PUT",
            "/threads/{id}/answer",
            thread + "/answer",
            role -> answer,
            authorOrFacilitator));
    all.add(
        new Endpoint(
            "DELETE",
            "/threads/{id}/answer",
            thread + "/answer",
            role -> null,
            authorOrFacilitator));
    all.add(
        new Endpoint(
            "POST",
            "/threads/{id}/lesson",
            thread + "/lesson",
            role -> answer,
            expect(401, 403, 403, 201, 403, 403)));
    all.add(read("/forums/{networkId}", "api/forums/harbourford", readers));
    // the forum as it is, so walking the PUT changes nothing
    String forum = Api.json(api.get("api/forums/harbourford", gwen)).toString();
    all.add(
        new Endpoint(
            "PUT",
            "/forums/{networkId}",
            "api/forums/harbourford",
            role -> forum,
            facilitatorOnly));
  }

  /** Flags, the review queue, facilitator actions, the log and the dashboard (issue 10). */
  private void moderationEndpoints(List<Endpoint> all) {
    // Gwen's own thread and reply: she may not flag them (422), three others' flags hide them
    HttpResponse<String> thread =
        api.call(
            "POST",
            "api/threads",
            "{\"networkId\":\"harbourford\",\"title\":\"Matrix thread to flag\","
                + "\"body\":\"Flag me\"}",
            tokens.get("member"));
    assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
    String threadId = Api.json(thread).getString("id");
    HttpResponse<String> reply =
        api.call(
            "POST",
            "api/threads/" + threadId + "/replies",
            "{\"body\":\"Flag me too\"}",
            tokens.get("member"));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    String replyId = Api.json(reply).getString("id");
    all.add(
        new Endpoint(
            "POST",
            "/threads/{threadId}/flags",
            "api/threads/" + threadId + "/flags",
            role -> "{\"reason\":\"SPAM\"}",
            expect(401, 422, 201, 201, 201, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/threads/{threadId}/replies/{replyId}/flags",
            "api/threads/" + threadId + "/replies/" + replyId + "/flags",
            role -> "{\"reason\":\"OFF_TOPIC\"}",
            expect(401, 422, 201, 201, 201, 403)));
    all.add(
        read(
            "/moderation/{networkId}/queue",
            "api/moderation/harbourford/queue",
            expect(401, 403, 403, 200, 403, 403)));
    // the facilitator decides every open flag on the thread, so only their answer is 200
    all.add(
        new Endpoint(
            "POST",
            "/moderation/flags/{flagId}/decision",
            "api/moderation/flags/" + threadId + ".amira-haddad/decision",
            role -> "{\"outcome\":\"DISMISSED\",\"note\":\"Matrix\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        new Endpoint(
            "POST",
            "/moderation/actions",
            "api/moderation/actions",
            role -> "{\"action\":\"PIN\",\"threadId\":\"" + threadId + "\",\"reason\":\"Matrix\"}",
            expect(401, 403, 403, 200, 403, 403)));
    all.add(
        read(
            "/moderation/{networkId}/log",
            "api/moderation/harbourford/log",
            expect(401, 403, 403, 200, 403, 403)));
    // the facilitator dashboard: Harbourford's facilitators only (admins do not moderate)
    all.add(
        read(
            "/moderation/{networkId}/dashboard",
            "api/moderation/harbourford/dashboard",
            expect(401, 403, 403, 200, 403, 403)));
  }

  /** Follows, notifications and digest settings (issue 10). */
  private void notificationEndpoints(List<Endpoint> all) {
    Map<String, Integer> members = expect(401, 200, 200, 200, 200, 403);
    all.add(read("/follows", "api/follows", members));
    // Harbourford is open: every member follows it, the admin too; the operator is no member
    all.add(
        new Endpoint(
            "PUT",
            "/follows",
            "api/follows",
            role -> "{\"targetKind\":\"NETWORK\",\"targetId\":\"harbourford\"}",
            members));
    // walked after the PUT, so every member has the follow to remove
    all.add(
        new Endpoint(
            "DELETE",
            "/follows",
            "api/follows?targetKind=NETWORK&targetId=harbourford",
            role -> null,
            expect(401, 204, 204, 204, 204, 403)));
    all.add(read("/notifications", "api/notifications?unread=true&page=1", members));
    all.add(read("/notifications/count", "api/notifications/count", members));
    all.add(
        new Endpoint(
            "POST",
            "/notifications/read",
            "api/notifications/read",
            role -> "{\"all\":true}",
            members));
    all.add(read("/digest", "api/digest", members));
    all.add(
        new Endpoint("PUT", "/digest", "api/digest", role -> "{\"frequency\":\"DAILY\"}", members));
    all.add(
        new Endpoint(
            "POST",
            "/admin/digests",
            "api/admin/digests",
            role -> null,
            expect(401, 403, 403, 403, 200, 200)));
  }

  /** The glossary the portal starts with, so that saving it changes no search. */
  private static String shippedGlossary() {
    try {
      return Files.readString(Path.of("content", "glossary.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The glossary's version now, as the page's hidden field carries it. */
  private String glossaryVersion() {
    return api.get("api/search/glossary", tokens.get("admin"))
        .headers()
        .firstValue("ETag")
        .orElseThrow()
        .replace("\"", "");
  }

  private static Endpoint read(String template, String path, Map<String, Integer> expected) {
    return new Endpoint("GET", template, path, role -> null, expected);
  }

  private String currentVersion(String storyId) {
    HttpResponse<String> read = api.get("api/stories/" + storyId, tokens.get("member"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return read.headers().firstValue("ETag").orElseThrow().replace("\"", "");
  }

  private int tokenCount(String role) {
    HttpResponse<String> mine = api.get("api/tokens", tokens.get(role));
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(mine.body()))) {
      return reader.readArray().size();
    }
  }

  /** The member's profile as it is, so walking PUT /members/me changes nothing. */
  private String currentProfile(String role) {
    return Api.json(api.get("api/members/me", tokens.get(role))).toString();
  }

  private static Map<String, Integer> expect(
      int anonymous, int member, int otherNetwork, int facilitator, int admin, int operator) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("anonymous", anonymous);
    expected.put("member", member);
    expected.put("other-network", otherNetwork);
    expected.put("facilitator", facilitator);
    expected.put("admin", admin);
    expected.put("operator", operator);
    return expected;
  }

  private static String normalise(String path) {
    return path.replaceFirst("^/api", "").replaceAll("\\{[^}]+}", "{}");
  }

  /** One endpoint, the body each role sends, and the status each role must get. */
  record Endpoint(
      String method,
      String template,
      String path,
      Function<String, String> body,
      Map<String, Integer> expected,
      Map<String, String> headers) {

    Endpoint(
        String method,
        String template,
        String path,
        Function<String, String> body,
        Map<String, Integer> expected) {
      this(method, template, path, body, expected, Map.of());
    }
  }
}
