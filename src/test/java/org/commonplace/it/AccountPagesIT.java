package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The account pages as a person uses them in real headless Chromium, under the real
 * Content-Security-Policy: signing in with an authenticator code, joining with an invitation, being
 * brought back after sign-in, managing tokens, and the admin pages; and the member directory with
 * its expertise finder and profiles, through the API and the profile page. One deployment for both,
 * since each boot costs the suite most of a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The account pages and the member directory")
class AccountPagesIT {

  private static ChromeDriver browser;
  private static String gwen;
  private static String amira;

  @ArquillianResource URL base;
  private String root;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void tokens() {
    api = new Api(base);
    if (gwen == null) {
      gwen = Members.token(base, "gwen-pryce");
      amira = Members.token(base, "amira-haddad");
    }
  }

  @BeforeEach
  void signedOut() {
    root = Loopback.root(base);
    browser.get(root + "signin.xhtml");
    browser.manage().deleteAllCookies();
    Browser.consoleErrors(browser);
  }

  @Test
  void shouldSignAFacilitatorInWithTheirAuthenticatorCode() {
    signIn("helen-marsh");
    assertThat(browser.getCurrentUrl()).contains("signin-code.xhtml");
    fill("code-form:code", Members.code("helen-marsh"));
    press("code-form:verify");

    assertThat(browser.findElement(By.cssSelector(".site-account a")).getText())
        .isEqualTo("Dr Helen Marsh");
    assertThat(Browser.consoleErrors(browser)).isEmpty();
  }

  @Test
  void shouldBringAVisitorBackToTheStoryAfterSignIn() {
    browser.get(root + "story/view.xhtml?id=city-shared-narrative-quality");
    assertThat(browser.getCurrentUrl()).contains("signin.xhtml");

    fill("signin:email", Members.seed("tom-ashworth").email());
    fill("signin:password", Members.seed("tom-ashworth").password());
    press("signin:submit");

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Writing one story of quality for a whole city");
  }

  @Test
  void shouldJoinWithAnInvitationCodeAndArriveSignedIn() {
    browser.get(root + "signup.xhtml");
    fill("signup:code", "nvmh-4567-peer");
    fill("signup:name", "Morgan Peer");
    fill("signup:email", "morgan.peer@example.org");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("signup:stakeholderRole")))
        .selectByVisibleText("Patient partner");
    fill("signup:expertise", "peer support, crisis care");
    fill("signup:password", "lantern-meadow-copper-77");
    fill("signup:repeat", "lantern-meadow-copper-77");
    press("signup:join");

    assertThat(browser.getPageSource()).contains("Welcome to Commonplace, Morgan Peer");
    browser.get(root + "networks/index.xhtml");
    assertThat(browser.findElement(By.cssSelector(".badge")).getText())
        .isEqualTo("You are a member");
  }

  @Test
  void shouldShowANewTokenOnceAndRevokeIt() {
    signIn("priya-raman");
    browser.get(root + "account/tokens.xhtml");
    fill("tokens:name", "my run-chart script");
    press("tokens:create");
    String token = browser.findElement(By.id("new-token")).getText();
    assertThat(token).startsWith("cp_");
    assertThat(new Api(base).get("api/members/me", token).statusCode()).isEqualTo(200);

    browser.get(root + "account/tokens.xhtml");
    assertThat(browser.getPageSource()).doesNotContain(token);
    press(By.cssSelector("form.inline-form button[aria-label*='my run-chart script']"));

    assertThat(browser.getPageSource()).contains("The token is revoked");
    assertThat(new Api(base).get("api/members/me", token).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldSignOutWithTheHeaderButton() {
    signIn("gwen-pryce");
    press(By.id("signout-button"));

    assertThat(browser.getPageSource()).contains("You are signed out");
    browser.get(root + "account/index.xhtml");
    assertThat(browser.getCurrentUrl()).contains("signin.xhtml");
  }

  /**
   * Every page as a visitor, a facilitator and an admin sees it (a member's pages are checked in
   * StoryPagesIT): valid HTML as served, nothing in the console, no serious WCAG violation.
   */
  @Test
  void shouldServeValidAccessibleHtmlWithACleanConsoleToVisitorsFacilitatorsAndAdmins() {
    // the console channel works: an error reported there would be seen
    browser.executeScript("console.error('console self-check')");
    assertThat(Browser.consoleErrors(browser)).singleElement().asString().contains("self-check");
    List<String> problems = new ArrayList<>();
    for (String page :
        List.of(
            "",
            "signin.xhtml",
            "signup.xhtml",
            "no/such/page",
            "error/problem.xhtml",
            "error/expired.xhtml")) {
      problems.addAll(check(page));
    }
    signIn("helen-marsh");
    problems.addAll(check("signin-code.xhtml"));
    fill("code-form:code", Members.code("helen-marsh"));
    press("code-form:verify");
    for (String page :
        List.of(
            "networks/index.xhtml", "networks/view.xhtml?id=harbourford", "account/index.xhtml")) {
      problems.addAll(check(page));
    }
    browser.manage().deleteAllCookies();
    signIn("admin");
    fill("code-form:code", Members.code("admin"));
    press("code-form:verify");
    for (String page :
        List.of(
            "admin/index.xhtml",
            "admin/audit.xhtml",
            "admin/glossary.xhtml",
            "networks/view.xhtml?id=harbourford",
            "members/view.xhtml?id=admin")) {
      problems.addAll(check(page));
    }
    assertThat(problems).isEmpty();
  }

  private List<String> check(String page) {
    if (!browser.getCurrentUrl().endsWith(page) || page.isEmpty()) {
      browser.get(root + page);
    }
    assertThat(browser.getTitle()).as(page).isNotBlank();
    return Browser.pageProblems(browser, page);
  }

  private void signIn(String member) {
    browser.get(root + "signin.xhtml");
    fill("signin:email", Members.seed(member).email());
    fill("signin:password", Members.seed(member).password());
    press("signin:submit");
  }

  private void fill(String id, String text) {
    Browser.fill(browser, id, text);
  }

  private void press(String id) {
    Browser.press(browser, By.id(id));
  }

  private void press(By button) {
    Browser.press(browser, button);
  }

  // ---- the member directory ----

  private List<String> ids(String query, String token) {
    JsonObject results = Api.json(api.get("api/members?" + query, token));
    return results.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("id"))
        .toList();
  }

  @Test
  void shouldFindPeopleByExpertiseAndShowTheExpertiseFacet() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(ids("expertise=run+charts", gwen))
                    .contains("priya-raman", "tom-ashworth", "rahul-mehta"));
    JsonObject all = Api.json(api.get("api/members", gwen));
    assertThat(all.getJsonArray("expertise").toString()).contains("\"run charts\"");
  }

  @Test
  void shouldFindPeopleByNameWordsRoleAndOrganisation() {
    assertThat(ids("q=" + Api.encode("Priya"), gwen)).first().isEqualTo("priya-raman");
    assertThat(ids("role=patient-partner", gwen))
        .contains("denise-gagnon", "colette-arsenault", "joan-whitfield");
    assertThat(ids("organisation=harbourford-teaching-hospitals", gwen))
        .containsExactlyInAnyOrder("helen-marsh", "gwen-pryce");
  }

  @Test
  void shouldKeepMembershipOfAMembersOnlyNetworkPrivateToIt() {
    assertThat(ids("network=access-quebec", gwen)).isEmpty();
    assertThat(ids("network=access-quebec", amira)).contains("amira-haddad", "denise-gagnon");

    JsonObject seenByGwen = Api.json(api.get("api/members/amira-haddad", gwen));
    assertThat(seenByGwen.getJsonObject("member").getJsonArray("networks")).isEmpty();
    assertThat(seenByGwen.getJsonArray("stories")).isEmpty();
    JsonObject seenByAmira = Api.json(api.get("api/members/amira-haddad", amira));
    // her newest stories: other test classes sharing this Elasticsearch add many, so no seed story
    // is sure to be among them, but every one is of her members-only network
    assertThat(seenByAmira.getJsonArray("stories").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(story -> assertThat(story.getString("networkId")).isEqualTo("access-quebec"));
  }

  @Test
  void shouldNeverShowEmailAddressesOrCredentials() {
    String everyone = api.get("api/members?page=1", gwen).body();

    assertThat(everyone).doesNotContain("@", "passwordHash", "PBKDF2", "totpSecret");
  }

  @Test
  void shouldTakeQuerySyntaxAndHugeTextAsWords() {
    for (String text : List.of("name:(a OR", "*", "{\"$ne\":null}", "x".repeat(10_240))) {
      assertThat(api.get("api/members?q=" + Api.encode(text), gwen).statusCode())
          .as(text.substring(0, Math.min(12, text.length())))
          .isEqualTo(200);
    }
  }

  @Test
  void shouldShowTheProfilePageWithTheStoriesTheViewerMayRead() {
    FormClient.Page profile =
        Members.signIn(base, "gwen-pryce").get("members/view.xhtml?id=helen-marsh");

    assertThat(profile.text("member-name")).contains("Dr Helen Marsh");
    assertThat(profile.body()).contains("Writing one story of quality for a whole city");
  }
}
