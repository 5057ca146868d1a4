package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonplace.platform.web.Messages;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A member's path through the pages, in real headless Chromium: write, list, read, search. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The story pages")
class StoryPagesIT {

  private static final Duration SEARCHABLE = Duration.ofSeconds(10);
  private static ChromeDriver browser;

  @ArquillianResource URL base;
  private String root;

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

  /**
   * Every test starts signed in as Amira; the session the last test left is kept when it is still
   * hers ({@link Browser#signIn}).
   */
  @BeforeEach
  void home() {
    root = Loopback.root(base);
    signIn("amira-haddad");
  }

  private void signIn(String member) {
    Browser.signIn(browser, root, member);
  }

  @Test
  void shouldPublishAStoryAndShowItRenderedSafely() {
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Partnership to improve same-week access");
    fill("story:summary", "Clinics and patient partners opened same-week slots.");
    fill(
        "story:aim",
        "Halve the wait.\n\n### Why\n\n<script>window.hacked=true</script>\n\n"
            + "<img src=x onerror=\"window.hacked=true\">\n\n[click](javascript:window.hacked=true)");
    fill("story:tags", "access, Trust");
    publish();

    assertThat(browser.findElements(By.cssSelector(".field-error, .messages--error")))
        .extracting(WebElement::getText)
        .allMatch(String::isBlank);
    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Partnership to improve same-week access");
    assertThat(browser.findElements(By.cssSelector(".story__body h2")))
        .extracting(WebElement::getText)
        .containsExactly("Specific aim", "What did not work");
    assertThat(browser.findElement(By.cssSelector("#section-aim h3")).getText()).isEqualTo("Why");
    assertThat(browser.findElement(By.id("section-didNotWork")).getText())
        .contains("Nothing reported yet.");
    assertThat(browser.findElements(By.cssSelector(".story__body script, .story__body img")))
        .isEmpty();
    assertThat(browser.executeScript("return window.hacked === true")).isEqualTo(false);
    assertThat(browser.findElements(By.cssSelector(".story__body a[href^='javascript']")))
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector(".story__facts .tags a")))
        .extracting(WebElement::getText)
        .containsExactly("access", "trust");
  }

  @Test
  void shouldKeepTheTypedTextWhenTheTitleIsMissingOrTooLong() {
    browser.get(root + "story/new.xhtml");
    fill("story:problem", "My carefully typed story.");
    publish();

    assertThat(browser.findElement(By.id("story:title-message")).getText())
        .isEqualTo("Give the story a title.");
    assertThat(value("story:problem")).isEqualTo("My carefully typed story.");

    fill("story:title", "x".repeat(201));
    publish();

    assertThat(browser.findElement(By.id("story:title-message")).getText())
        .contains("201 characters", "200");
    assertThat(value("story:title")).hasSize(201);
    assertThat(value("story:problem")).isEqualTo("My carefully typed story.");
  }

  @Test
  void shouldRefuseAStoryOver200KilobytesOnItsLargestSectionAndKeepIt() {
    String results = "Measures by month. ".repeat(11_000);
    browser.get(root + "story/new.xhtml");
    fill("story:title", "A very long report");
    fill("story:context", "A short context.");
    fill("story:results", results);
    publish();

    assertThat(browser.findElement(By.id("story:results-message")).getText())
        .contains("limit is 200 kB");
    assertThat(value("story:results")).isEqualTo(results);
    assertThat(value("story:context")).isEqualTo("A short context.");
  }

  @Test
  void shouldKeepAFormSubmittedAfterTheSessionExpiredAndPublishItAfterSigningInAgain() {
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Typed before the session expired");
    fill("story:changes", "Every word of this must survive.");
    browser.manage().deleteCookieNamed("JSESSIONID");
    publish();

    assertThat(browser.findElement(By.cssSelector(".messages--error")).getText())
        .contains("signed out", "Nothing you typed is lost");
    assertThat(value("story:title")).isEqualTo("Typed before the session expired");
    assertThat(value("story:changes")).isEqualTo("Every word of this must survive.");

    String form = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    signIn("amira-haddad");
    browser.close();
    browser.switchTo().window(form);
    publish();

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Typed before the session expired");
  }

  @Test
  void shouldShowADraftOnlyToItsAuthorUntilPublished() {
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Half-written outreach story");
    press("story:save-draft");
    assertThat(browser.findElement(By.cssSelector(".messages--info")).getText())
        .contains("Only you can see it");
    String address = browser.getCurrentUrl();

    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    browser.get(address);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

    browser.manage().deleteAllCookies();
    signIn("amira-haddad");
    browser.get(address);
    browser.findElement(By.id("edit-draft")).click();
    assertThat(value("story:title")).isEqualTo("Half-written outreach story");
    fill("story:summary", "Finished at last.");
    publish();
    assertThat(browser.findElement(By.cssSelector(".story__summary")).getText())
        .isEqualTo("Finished at last.");
  }

  @Test
  void shouldTellTheSecondOfTwoEditorsOfOneDraftAndKeepBothTexts() {
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Shared discharge checklist");
    fill("story:summary", "First words.");
    press("story:save-draft");
    browser.findElement(By.id("edit-draft")).click();
    String editor = browser.getWindowHandle();
    String editAddress = browser.getCurrentUrl();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(editAddress);

    fill("story:summary", "Ann's summary, saved first.");
    press("story:save-draft");
    browser.close();
    browser.switchTo().window(editor);
    fill("story:summary", "Ben's summary, typed meanwhile.");
    press("story:save-draft");

    assertThat(browser.findElement(By.id("story:summary-messages")).getText())
        .contains("saved from somewhere else");
    assertThat(value("story:summary")).isEqualTo("Ben's summary, typed meanwhile.");
    assertThat(browser.findElement(By.id("meanwhile-summary")).getText())
        .isEqualTo("Ann's summary, saved first.");
    assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

    press("story:save-draft");
    assertThat(browser.findElement(By.cssSelector(".story__summary")).getText())
        .isEqualTo("Ben's summary, typed meanwhile.");
  }

  @Test
  void shouldShowASeedStorysSectionsOrganisationsCyclesAndMeasureData() {
    browser.manage().deleteAllCookies();
    signIn("priya-raman");
    browser.get(root + "story/view.xhtml?id=university-hospital-run-charts");

    assertThat(browser.findElements(By.cssSelector(".story__body h2")))
        .extracting(WebElement::getText)
        .startsWith("Problem", "Rationale", "Specific aim")
        .contains("What did not work", "Adoption considerations");
    assertThat(browser.findElements(By.cssSelector(".story__cycles > ol > li"))).hasSize(5);
    assertThat(browser.findElements(By.cssSelector(".story__organisations dt")))
        .extracting(WebElement::getText)
        .contains("Ashby Park Hospital");
    // the data tables sit in closed details elements: their text is there, not displayed
    assertThat(browser.findElements(By.cssSelector(".measure__data caption")))
        .extracting(e -> e.getAttribute("textContent"))
        .anySatisfy(c -> assertThat(c).startsWith("Wards reviewing a run chart"));
    assertThat(browser.findElements(By.cssSelector(".measure__data tbody tr")))
        .hasSize(21 + 9 + 21);
  }

  /**
   * A draft made through the API with cycles and measures, and an old one-text body: the edit page
   * shows that text in its own field and saving the page keeps every part it does not edit.
   */
  @Test
  void shouldKeepTheOldBodyAndThePartsThePageDoesNotEditWhenSavingADraft() {
    String token = Members.sharedToken(base, "amira-haddad");
    Api api = new Api(base);
    String json =
        jakarta.json.Json.createObjectBuilder(StoryApiIT.richStory("Draft with data"))
            .add("body", "Written the old way, in one text.")
            .build()
            .toString();
    var created = api.post("api/stories?draft=true", json, token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");

    browser.get(root + "story/new.xhtml?id=" + id);
    assertThat(value("story:body")).isEqualTo("Written the old way, in one text.");
    assertThat(value("story:aim")).isEqualTo("Seen within 7 days.");
    fill("story:summary", "Edited on the page.");
    press("story:save-draft");

    var stored = Api.json(api.get("api/stories/" + id, token));
    assertThat(stored.getString("summary")).isEqualTo("Edited on the page.");
    assertThat(stored.getString("body")).isEqualTo("Written the old way, in one text.");
    assertThat(stored.getJsonArray("measures")).hasSize(1);
    assertThat(stored.getJsonArray("cycles")).hasSize(1);
    assertThat(stored.getJsonArray("coAuthors")).hasSize(1);
  }

  @Test
  void shouldAddMoveAndRemovePdsaCyclesKeepingEveryTypedCharacterAndPublishThemInTheirOrder() {
    String study =
        "Fewer missed: 14 of 60, as predicted \u2014 \u00abrappel\u00bb <b>works</b> & stays.";
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Reminder calls before appointments");
    fill("story:problem", "Typed before the first cycle.");
    press("story:add-cycle");
    fill("story:cycle-0-change", "Call the day before");
    fill("story:cycle-0-study", study);
    press("story:add-cycle");
    assertThat(value("story:cycle-0-study")).isEqualTo(study);
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("the row just added has the focus")
        .isEqualTo("story:cycle-1-change");
    fill("story:cycle-1-change", "Text two days before");
    setValue("story:cycle-1-plannedStart", "2016-03-01");
    select("story:cycle-1-act", "Adopt");
    press("story:add-cycle");
    fill("story:cycle-2-change", "A third idea, dropped later");

    press("story:cycle-1-up");
    assertThat(value("story:cycle-0-change")).isEqualTo("Text two days before");
    assertThat(value("story:cycle-0-plannedStart")).isEqualTo("2016-03-01");
    assertThat(value("story:cycle-1-change")).isEqualTo("Call the day before");
    assertThat(value("story:cycle-1-study")).isEqualTo(study);
    press("story:cycle-2-remove");
    assertThat(browser.findElements(By.cssSelector("fieldset.row[id^='cycle-']"))).hasSize(2);
    assertThat(value("story:problem")).isEqualTo("Typed before the first cycle.");
    assertThat(value("story:title")).isEqualTo("Reminder calls before appointments");
    publish();

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElements(By.cssSelector(".story__cycles > ol > li h3")))
        .extracting(WebElement::getText)
        .containsExactly("C1 Text two days before", "C2 Call the day before");
    assertThat(browser.findElement(By.id("cycle-1")).getText()).contains("Adopt");
    assertThat(browser.findElement(By.id("cycle-2")).getText()).contains(study);
  }

  /** The row buttons are plain submit buttons: a browser without JavaScript works the same. */
  @Test
  void shouldAddAndRemoveRowsWithPlainFormPostsAsABrowserWithoutJavaScriptWould() {
    FormClient client = Members.signIn(base, "amira-haddad");
    Map<String, String> typed = Map.of("story:title", "Typed without scripts");

    FormClient.Page added =
        client.submit(client.get("story/new.xhtml"), "story", typed, "story:add-measure");
    assertThat(added.body())
        .contains("id=\"story:measure-0-name\"", "value=\"Typed without scripts\"");

    Map<String, String> withMeasure = new HashMap<>(typed);
    withMeasure.put("story:measure-0-name", "Kept through the next post");
    FormClient.Page another = client.submit(added, "story", withMeasure, "story:add-cycle");
    assertThat(another.body())
        .contains("id=\"story:cycle-0-change\"", "value=\"Kept through the next post\"");

    FormClient.Page removed =
        client.submit(another, "story", withMeasure, "story:measure-0-remove");
    assertThat(removed.body())
        .doesNotContain("story:measure-0-name")
        .contains("id=\"story:cycle-0-change\"", "value=\"Typed without scripts\"");
  }

  @Test
  void shouldNameTheCsvLineOfADuplicateDateKeepThePasteAndChartItOnceFixed() {
    String pasted = monthly(12).replace("2016-05-31,", "2016-04-30,");
    browser.get(root + "story/new.xhtml");
    Browser.consoleErrors(browser); // what earlier pages logged is not this page's
    fill("story:title", "Missed appointments, counted monthly");
    press("story:add-measure");
    fill("story:measure-0-name", "Missed appointments per month");
    select("story:measure-0-type", "Outcome measure");
    select("story:measure-0-improvement", "lower is better");
    fill("story:measure-0-unit", "appointments");
    fill("story:measure-0-csv", pasted);
    press("story:add-cycle");
    fill("story:cycle-0-change", "Reminder call");
    browser.findElement(By.cssSelector("label[for='story:cycle-0-measures:0']")).click();
    publish();

    assertThat(browser.findElement(By.id("story:measure-0-csv-messages")).getText())
        .contains("Line 5", "2016-04-30", "line 4");
    assertThat(value("story:measure-0-csv")).isEqualTo(pasted);
    assertThat(value("story:title")).isEqualTo("Missed appointments, counted monthly");
    assertThat(browser.findElement(By.id("story:cycle-0-measures:0")).isSelected()).isTrue();
    assertThat(Browser.postedPageProblems(browser, "story/new.xhtml with a CSV error")).isEmpty();

    fill("story:measure-0-csv", monthly(12));
    publish();

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    WebElement measure = browser.findElement(By.id("measure-missed-appointments-per-month"));
    assertThat(measure.findElements(By.cssSelector("figure.run-chart svg[role='img']"))).hasSize(1);
    assertThat(measure.findElements(By.cssSelector(".measure__data tbody tr"))).hasSize(12);
  }

  /** Monthly values for a year from January 2016, one {@code date,value} line each. */
  private static String monthly(int points) {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < points; i++) {
      LocalDate month = LocalDate.of(2016, 1, 1).plusMonths(i);
      csv.append(month.withDayOfMonth(month.lengthOfMonth())).append(',').append(20 - i % 5);
      csv.append(i < points - 1 ? "\n" : "");
    }
    return csv.toString();
  }

  @Test
  void shouldAskAboutAnNhsNumberInAPdsaNoteSaveNothingKeepTheTextAndSaveOnceConfirmed() {
    String study = "Mr Jones (NHS 943 476 5919) was called back within the week.";
    browser.get(root + "story/new.xhtml");
    Browser.consoleErrors(browser); // what earlier pages logged is not this page's
    fill("story:title", "Call-backs after discharge");
    press("story:add-cycle");
    fill("story:cycle-0-change", "Call back within a week");
    fill("story:cycle-0-study", study);
    publish();

    assertThat(browser.getCurrentUrl()).contains("story/new.xhtml");
    assertThat(browser.findElement(By.id("story:summary-messages")).getText())
        .contains("may contain details that identify a patient", "an NHS number", "943 476 5919");
    assertThat(browser.findElement(By.id("story:cycle-0-study-message")).getText())
        .contains("an NHS number", "943 476 5919");
    assertThat(value("story:cycle-0-study")).isEqualTo(study);
    assertThat(value("story:title")).isEqualTo("Call-backs after discharge");
    assertThat(Browser.postedPageProblems(browser, "story/new.xhtml asking about identifiers"))
        .isEmpty();

    press("story:add-cycle");
    assertThat(browser.findElement(By.id("story:identifiers-confirmed")).isSelected()).isFalse();
    browser.findElement(By.cssSelector("label[for='story:identifiers-confirmed']")).click();
    publish();

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElement(By.id("cycle-1")).getText()).contains(study);
  }

  @Test
  void shouldLetACoAuthorEditAPublishedStoryThatStaysTheAuthors() {
    Api api = new Api(base);
    String token = Members.sharedToken(base, "amira-haddad");
    HttpResponse<String> created =
        api.post(
            "api/stories",
            StoryApiIT.richStory("Protected slots, told with a patient partner").toString(),
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");

    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    browser.get(root + "story/view.xhtml?id=" + id);
    browser.findElement(By.id("edit-story")).click();
    assertThat(browser.findElements(By.id("story:publish"))).isEmpty();
    assertThat(browser.findElements(By.id("story:save-draft"))).isEmpty();
    assertThat(value("story:cycle-0-change")).isEqualTo("Book on the spot");
    assertThat(value("story:measure-0-csv"))
        .isEqualTo("2017-01-31,22\n2017-02-28,24.5\n2017-03-31,33");
    // only the author changes who co-authors the story
    assertThat(browser.findElements(By.cssSelector("textarea[name='story:co-authors']"))).isEmpty();
    assertThat(browser.findElement(By.id("co-authors-list")).getText()).contains("denise-gagnon");
    fill("story:summary", "Protected slots, and what patients said about them.");
    fill("story:cycle-0-study", "No-shows dropped, and patients said why.");
    press("story:save-changes");

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElement(By.cssSelector(".story__summary")).getText())
        .isEqualTo("Protected slots, and what patients said about them.");
    assertThat(browser.findElement(By.id("story-byline")).getText())
        .contains("Told by Dr Amira Haddad");
    assertThat(browser.findElement(By.id("cycle-1")).getText())
        .contains("No-shows dropped, and patients said why.");
    var stored = Api.json(api.get("api/stories/" + id, token));
    assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
    assertThat(stored.getString("authorId")).isEqualTo("amira-haddad");
    assertThat(stored.getJsonArray("measures").getJsonObject(0).getJsonArray("values")).hasSize(3);
    assertThat(stored.getJsonArray("coAuthors").getString(0)).isEqualTo("denise-gagnon");
    assertThat(stored.getJsonArray("themes")).hasSize(2);
    assertThat(stored.getJsonArray("progress")).hasSize(2);
    assertThat(stored.getJsonObject("evidence").getString("level")).isEqualTo("ANECDOTE");
  }

  @Test
  void shouldSaveStageThemesEvidenceTodaysScoreOrganisationsAndCoAuthorsFromThePage() {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Interpreters booked with the appointment");
    press("story:add-organisation");
    fill("story:organisation-0-name", "Tidewater Newcomer Services");
    fill("story:organisation-0-contribution", "Two interpreters, four hours a week.");
    select("story:stage", "Testing");
    select("story:score", "2.5");
    select("story:evidence", "Before and after");
    browser.findElement(By.xpath("//label[normalize-space()='Trust']")).click();
    fill("story:co-authors", "gwen-pryce");
    publish();

    assertThat(browser.findElement(By.id("story:co-authors-message")).getText())
        .contains("gwen-pryce", "not a member");
    assertThat(value("story:organisation-0-contribution"))
        .isEqualTo("Two interpreters, four hours a week.");
    assertThat(
            new Select(browser.findElement(By.id("story:score")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("2.5");
    fill("story:co-authors", "denise-gagnon");
    publish();

    assertThat(browser.findElement(By.cssSelector(".story__facts")).getText())
        .contains("Testing", "Trust");
    assertThat(browser.findElements(By.cssSelector(".story__organisations dt")))
        .extracting(WebElement::getText)
        .containsExactly("Tidewater Newcomer Services");
    String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
    String token = Members.sharedToken(base, "amira-haddad");
    var stored = Api.json(new Api(base).get("api/stories/" + id, token));
    assertThat(stored.getJsonArray("progress").getJsonObject(0).getString("date")).isEqualTo(today);
    assertThat(stored.getJsonObject("evidence").getString("level")).isEqualTo("BEFORE_AND_AFTER");
    assertThat(stored.getJsonObject("evidence").getString("proposedBy")).isEqualTo("amira-haddad");
    assertThat(stored.getJsonArray("coAuthors").getString(0)).isEqualTo("denise-gagnon");

    // scored again the same day: today's score changes, the history gets no second entry for today
    browser.findElement(By.id("edit-story")).click();
    select("story:score", "3.0");
    press("story:save-changes");
    var rescored = Api.json(new Api(base).get("api/stories/" + id, token)).getJsonArray("progress");
    assertThat(rescored).hasSize(1);
    assertThat(rescored.getJsonObject(0).getJsonNumber("score").doubleValue()).isEqualTo(3.0);
  }

  @Test
  void shouldDrawEachMeasureAsARunChartWithItsSignalsInWordsAndItsDataAsATable() {
    browser.get(root + "story/view.xhtml?id=access-partnership-synergy");

    List<WebElement> measures = browser.findElements(By.cssSelector("section.measure"));
    assertThat(measures).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement measure : measures) {
      assertThat(measure.findElements(By.cssSelector("figure.run-chart svg[role='img'] title")))
          .as(measure.getAttribute("id"))
          .hasSize(1);
    }
    WebElement synergy = browser.findElement(By.id("measure-synergy"));
    // 3.1, 3.3, 3.6, 3.9, 4.0, 4.1 then 4.1 again: six points going up, the equal one ignored
    assertThat(synergy.findElement(By.cssSelector(".measure__signals")).getText())
        .contains("Trend: 6 points going up");
    assertThat(synergy.findElements(By.cssSelector(".measure__data tbody tr"))).hasSize(7);
  }

  @Test
  void shouldHideMembersOnlyStoriesFromOtherNetworksOnEveryPage() {
    browser.manage().deleteAllCookies();
    signIn("gwen-pryce");

    browser.get(root + "story/view.xhtml?id=access-partnership-synergy");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    browser.get(root + "search.xhtml?q=" + Api.encode("partnership synergy access"));
    assertThat(browser.findElements(By.cssSelector(".hit a")))
        .extracting(e -> e.getAttribute("href"))
        .noneMatch(href -> href.contains("access-partnership-synergy"));
    browser.get(root);
    assertThat(browser.getPageSource()).doesNotContain("Seeing partnership synergy grow");
  }

  @Test
  void shouldListAndFindAStoryByAWordFormNotInIt() {
    browser.get(root);
    assertThat(browser.findElements(By.cssSelector(".story-card"))).isNotEmpty();

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=" + Api.encode("partnerships improving"));
              assertThat(browser.findElements(By.cssSelector(".hit__title mark"))).isNotEmpty();
            });
    WebElement facet = browser.findElement(By.cssSelector("aside.facets a"));
    String tag = facet.getText();
    facet.click();
    assertThat(browser.findElement(By.id("result-count")).getText()).contains(tag);
  }

  @Test
  void shouldNarrowByAFacetValueSortNewestFirstAndOfferToDropAFilterThatFindsNothing() {
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=access");
              assertThat(browser.findElements(By.cssSelector("#facet-network a"))).isNotEmpty();
            });
    WebElement network = browser.findElement(By.cssSelector("#facet-network a"));
    String count = network.findElement(By.xpath("following-sibling::span")).getText();
    network.click();
    String narrowed = browser.findElement(By.id("result-count")).getText();
    String chosen =
        browser.findElement(By.cssSelector("#facet-network a[aria-current='true']")).getText();
    browser.findElement(By.id("sort-newest")).click();
    List<String> times =
        browser.findElements(By.cssSelector(".hit time")).stream()
            .map(t -> t.getAttribute("datetime"))
            .toList();
    String url = browser.getCurrentUrl();
    browser.get(root + "search.xhtml?q=access&stage=NO_SUCH_STAGE");
    List<WebElement> noHits = browser.findElements(By.cssSelector(".hit"));
    browser.findElement(By.cssSelector("#drop-filters a")).click();

    String expected = count.replaceAll("[()]", "");
    assertThat(narrowed).contains(expected.equals("1") ? "One item matches" : expected + " items");
    assertThat(chosen).isNotBlank();
    assertThat(url).contains("network=").contains("sort=newest");
    assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(noHits).isEmpty();
    assertThat(browser.getCurrentUrl()).doesNotContain("stage=");
    assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
  }

  @Test
  void shouldSuggestTitlesAsOneTypesAndOpenTheChosenOneWithTheKeyboard() {
    browser.get(root + "search.xhtml");
    // what earlier tests left in this browser's console is theirs, not this page's
    Browser.consoleErrors(browser);
    WebElement box = browser.findElement(By.id("search-q"));
    box.sendKeys("Follow-up with");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !browser
                    .findElements(By.cssSelector("#search-suggestions [role=option]"))
                    .isEmpty());
    String expanded = box.getAttribute("aria-expanded");
    List<String> problems = Browser.pageProblems(browser, "search.xhtml with suggestions open");
    String first =
        browser
            .findElement(By.cssSelector("#search-suggestions [role=option]"))
            .getAttribute("data-href");
    box.sendKeys(Keys.ARROW_DOWN);
    String chosen = box.getAttribute("aria-activedescendant");
    box.sendKeys(Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !browser.getCurrentUrl().contains("search.xhtml"));

    assertThat(expanded).isEqualTo("true");
    assertThat(problems).isEmpty();
    assertThat(chosen).isEqualTo("search-suggestion-0");
    assertThat(browser.getCurrentUrl()).endsWith(first);
    // the seed story, or a copy another test adapted from it, which keeps its title
    assertThat(first)
        .contains("/story/view.xhtml?id=")
        .endsWith("crisis-follow-up-after-discharge");
  }

  @Test
  void shouldListRelatedItemsBesideAStoryEachLinkedToItsPage() {
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "story/view.xhtml?id=crisis-follow-up-after-discharge");
              assertThat(browser.findElements(By.cssSelector("#related a"))).isNotEmpty();
            });
    List<String> links =
        browser.findElements(By.cssSelector("#related a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();

    assertThat(links)
        .allMatch(
            href ->
                href.contains("/story/view.xhtml?id=")
                    || href.contains("/lesson/view.xhtml?id=")
                    || href.contains("/narrative/view.xhtml?network=")
                    || href.contains("/thread/view.xhtml?id="))
        .noneMatch(href -> href.endsWith("id=crisis-follow-up-after-discharge"));
  }

  @Test
  void shouldNameEachHitsKindLinkItToItsPageAndNarrowTheSearchToOneKind() {
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=access");
              assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
            });
    for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
      String kind = hit.findElement(By.cssSelector(".hit__kind")).getText();
      String href = hit.findElement(By.cssSelector(".hit__title a")).getAttribute("href");
      String page =
          switch (kind.split(" · ")[0]) {
            case "Case story" -> "/story/view.xhtml?id=";
            case "Lesson learned" -> "/lesson/view.xhtml?id=";
            case "Shared narrative" -> "/narrative/view.xhtml?network=";
            case "Discussion", "Reply in a discussion" -> "/thread/view.xhtml?id=";
            default -> throw new AssertionError("A hit of no known kind: " + kind);
          };
      assertThat(href).as(kind).contains(page);
    }

    browser.findElement(By.cssSelector("nav.facets--kinds a[href*='kind=story']")).click();

    assertThat(browser.getCurrentUrl()).contains("kind=story");
    assertThat(browser.findElements(By.cssSelector(".hit__kind")))
        .isNotEmpty()
        .allSatisfy(k -> assertThat(k.getText()).isEqualTo("Case story"));
    assertThat(browser.findElement(By.id("result-count")).getText()).contains("Case story");
    assertThat(
            browser
                .findElement(By.cssSelector("nav.facets--kinds a[aria-current='true']"))
                .getText())
        .isEqualTo("Case story");
  }

  @Test
  void shouldShowOnTheHomePageWhatIsNewTheDraftsTheCoAuthoredAndTheOverdueProgressScores() {
    String overdue = LocalDate.now(ZoneOffset.UTC).minusDays(120).toString();
    String recent = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
    Api api = new Api(base);
    String token = Members.sharedToken(base, "amira-haddad");
    HttpResponse<String> scoredLongAgo =
        api.post(
            "api/stories",
            homeStory("Evening clinic co-told with a patient partner", overdue, "denise-gagnon"),
            token);
    HttpResponse<String> scoredLately =
        api.post("api/stories", homeStory("Recently scored walk-in hours", recent, null), token);
    assertThat(scoredLongAgo.statusCode()).as(scoredLongAgo.body()).isEqualTo(201);
    assertThat(scoredLately.statusCode()).as(scoredLately.body()).isEqualTo(201);
    browser.get(root + "story/new.xhtml");
    fill("story:title", "Home page draft about interpreters");
    press("story:save-draft");

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root);
              assertThat(titlesIn("home-new"))
                  .contains(
                      "Evening clinic co-told with a patient partner",
                      "Recently scored walk-in hours")
                  .doesNotContain("Home page draft about interpreters");
              assertThat(titlesIn("home-drafts")).contains("Home page draft about interpreters");
              assertThat(titlesIn("home-progress"))
                  .contains("Evening clinic co-told with a patient partner")
                  .doesNotContain("Recently scored walk-in hours");
            });

    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    browser.get(root);
    assertThat(titlesIn("home-coauthored"))
        .contains("Evening clinic co-told with a patient partner");
    assertThat(titlesIn("home-progress")).contains("Evening clinic co-told with a patient partner");
    assertThat(titlesIn("home-drafts")).doesNotContain("Home page draft about interpreters");
  }

  /**
   * Before lessons and narratives are seeded, each of these lists says in words that it is empty;
   * once they are, each line links to its lesson's or narrative's page. Either way the list is
   * there, under its heading, and a plain member sees no facilitator's list.
   */
  @Test
  void shouldShowTheHomePagesLessonsAndNarrativesOrSayInWordsThatThereAreNone() {
    browser.get(root);
    assertHomeList(
        "home-lessons-validated", "home.lessons.validated.empty", "lesson/view.xhtml?id=");
    assertHomeList("home-narratives", "home.narratives.empty", "narrative/view.xhtml?network=");
    assertThat(browser.findElements(By.id("home-lessons-review"))).isEmpty();
    assertThat(browser.findElements(By.id("home-lessons-flagged"))).isEmpty();

    browser.manage().deleteAllCookies();
    signIn("helen-marsh");
    browser.get(root);
    assertHomeList("home-lessons-review", "home.lessons.reviewDue.empty", "lesson/view.xhtml?id=");
    assertHomeList("home-lessons-flagged", "home.lessons.flagged.empty", "lesson/view.xhtml?id=");
  }

  private void assertHomeList(String headingId, String emptyKey, String page) {
    assertThat(browser.findElements(By.id(headingId))).as(headingId).hasSize(1);
    String section = "section[aria-labelledby='" + headingId + "'] ";
    List<WebElement> links = browser.findElements(By.cssSelector(section + "li a"));
    if (links.isEmpty()) {
      assertThat(browser.findElement(By.cssSelector(section + ".home__empty")).getText())
          .isEqualTo(Messages.text(Locale.ENGLISH, emptyKey));
    } else {
      assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).contains(page));
    }
  }

  private static String homeStory(String title, String scoredOn, String coAuthor) {
    return "{\"title\":\""
        + title
        + "\",\"networkId\":\"access-quebec\",\"stage\":\"TESTING\","
        + "\"progress\":[{\"date\":\""
        + scoredOn
        + "\",\"score\":2.0}]"
        + (coAuthor == null ? "" : ",\"coAuthors\":[\"" + coAuthor + "\"]")
        + "}";
  }

  /** The story titles listed under one heading of the home page. */
  private List<String> titlesIn(String headingId) {
    return browser
        .findElements(By.cssSelector("section[aria-labelledby='" + headingId + "'] li a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void shouldSearchWithQuerySyntaxWithoutAnErrorPage() {
    for (String text : List.of("title:(a OR", "*", "\\", "word ".repeat(2_000))) {
      browser.get(root + "search.xhtml?q=" + Api.encode(text));
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(text).isEqualTo("Search");
    }
    assertThat(browser.getPageSource()).contains("only its first 64 words");
  }

  @Test
  void shouldAnswerAnUnknownStoryWithTheNotFoundPage() {
    browser.get(root + "story/view.xhtml?id=no-such-story");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(
            Members.signIn(base, "amira-haddad").get("story/view.xhtml?id=no-such-story").status())
        .isEqualTo(404);
  }

  // a story's history, its versions, evidence, withdrawal and redaction (issue 8, items 4-6)

  @Test
  void shouldShowAnEditedStorysHistoryCompareItsFirstAndLastVersionsAndRestoreTheFirst() {
    String title = "Evening clinic " + System.nanoTime();
    Versions versions = storyWithVersions(title);

    browser.get(root + "story/view.xhtml?id=" + versions.id());
    assertThat(browser.findElement(By.id("story-edited")).getText()).startsWith("Edited on ");
    Browser.press(browser, By.id("story-history"));
    List<WebElement> rows = browser.findElements(By.cssSelector("tr.history__version"));
    assertThat(rows).hasSize(3);
    assertThat(browser.findElements(By.cssSelector(".history__by")))
        .extracting(WebElement::getText)
        .containsOnly("Dr Amira Haddad");
    assertThat(browser.findElement(By.id("to-" + versions.newest())).isSelected()).isTrue();
    browser.findElement(By.id("from-" + versions.oldest())).click();
    press("compare-submit");

    assertThat(browser.findElements(By.cssSelector(".change h2")))
        .extracting(WebElement::getText)
        .contains("Title", "Results");
    assertThat(browser.findElements(By.cssSelector(".diff del")))
        .extracting(WebElement::getText)
        .anySatisfy(line -> assertThat(line).contains("−").endsWith("Waits fell to 9 days."));
    assertThat(browser.findElements(By.cssSelector(".diff ins")))
        .extracting(WebElement::getText)
        .anySatisfy(line -> assertThat(line).contains("+").endsWith("Waits fell to 6 days."));

    press("changes-older");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    press("restore-submit");

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.id("flash-messages")).getText())
        .contains("Version " + versions.oldest() + " is restored");
    browser.get(root + "story/history.xhtml?id=" + versions.id());
    assertThat(browser.findElements(By.cssSelector("tr.history__version"))).hasSize(4);
    assertThat(browser.findElement(By.cssSelector("tr.history__version .history__note")).getText())
        .isEqualTo("restored from version " + versions.oldest());
  }

  @Test
  void shouldTellARestoreBasedOnAnOlderVersionOfTheStoryThatNothingWasRestored() {
    Versions versions = storyWithVersions("Restored meanwhile " + System.nanoTime());
    browser.get(root + "story/version.xhtml?id=" + versions.id() + "&number=" + versions.oldest());
    // someone saves the story while this member looks at the old version
    edit(versions.id(), "Saved meanwhile.", versions.token());

    press("restore-submit");

    assertThat(browser.findElement(By.cssSelector(".messages--error")).getText())
        .contains("nothing was restored");
    JsonObject stored =
        Api.json(new Api(base).get("api/stories/" + versions.id(), versions.token()));
    assertThat(stored.getJsonObject("outline").getString("results"))
        .as("the version saved meanwhile stays")
        .isEqualTo("Saved meanwhile.");
  }

  @Test
  void shouldLetTheNetworksFacilitatorConfirmTheEvidenceLevelAndNoPlainMember() {
    // told by Amira alone, so that Denise reads it as a plain member of the network
    String id =
        created(
            Json.createObjectBuilder(
                    StoryApiIT.richStory("Evidence to confirm " + System.nanoTime()))
                .add("coAuthors", Json.createArrayBuilder())
                .build());
    browser.manage().deleteAllCookies();
    signIn("louise-bergeron");
    Browser.consoleErrors(browser); // what earlier pages logged is not this page's
    browser.get(root + "story/view.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("evidence-unconfirmed")).getText())
        .isEqualTo("Not yet confirmed by a facilitator.");
    LocalDate before = LocalDate.now(ZoneOffset.UTC);

    new Select(browser.findElement(By.id("evidence-level")))
        .selectByVisibleText("Run chart with signal");
    press("evidence-confirm");

    assertThat(browser.findElement(By.id("evidence-level-name")).getText())
        .isEqualTo("Run chart with signal");
    assertThat(browser.findElement(By.id("story-evidence")).getText())
        .contains("Proposed by Dr Amira Haddad.");
    assertThat(browser.findElement(By.id("evidence-confirmed")).getText())
        .isIn(
            "Confirmed by Dr Louise Bergeron on " + longDate(before) + ".",
            "Confirmed by Dr Louise Bergeron on " + longDate(LocalDate.now(ZoneOffset.UTC)) + ".");
    assertThat(Browser.pageProblems(browser, "story page as its facilitator")).isEmpty();

    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    browser.get(root + "story/view.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("evidence-level-name")).getText())
        .isEqualTo("Run chart with signal");
    assertThat(
            browser.findElements(
                By.cssSelector("#evidence-form, #withdraw-form, #redact-form, #steward-actions")))
        .isEmpty();
  }

  @Test
  void shouldLetTheFacilitatorRemoveAPhoneNumberFromTheStoryAndEveryVersion() {
    String phone = "514-555-0199";
    String token = Members.sharedToken(base, "amira-haddad");
    JsonObject story =
        Json.createObjectBuilder(read(StoryApiIT.story("Call-back line " + System.nanoTime(), "x")))
            .add("outline", Json.createObjectBuilder().add("context", "Families rang " + phone))
            .add("identifiersConfirmed", true)
            .build();
    HttpResponse<String> created = new Api(base).post("api/stories", story.toString(), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");
    edit(id, "Still on " + phone + " after hours.", token);

    browser.manage().deleteAllCookies();
    signIn("louise-bergeron");
    browser.get(root + "story/view.xhtml?id=" + id);
    fill("redact-passage", "51");
    press("redact-submit");
    assertThat(browser.findElement(By.id("passage-error")).getText())
        .isEqualTo(
            "Choose a passage of at least 3 characters, so that only what you mean is removed.");
    assertThat(value("redact-passage")).isEqualTo("51");
    assertThat(browser.getPageSource()).contains(phone);

    fill("redact-passage", phone);
    press("redact-submit");

    assertThat(browser.findElement(By.id("flash-messages")).getText())
        .contains("removed from the story and from 2 kept versions");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .doesNotContain(phone)
        .contains("[removed]");
    browser.get(root + "story/history.xhtml?id=" + id);
    List<String> versionPages =
        browser.findElements(By.cssSelector("tr.history__version th a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertThat(versionPages).hasSize(2);
    for (String page : versionPages) {
      browser.get(page);
      assertThat(browser.getPageSource()).as(page).doesNotContain(phone).contains("[removed]");
    }
  }

  @Test
  void shouldTakeAStoryItsAuthorWithdrawsOutOfListsAndSearchForOtherMembers() {
    String title = "Withdrawn outreach walk " + System.nanoTime();
    // told by Amira alone: a co-author could still open it
    String id = created(read(StoryApiIT.story(title, "outreach")));
    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=" + Api.encode(title));
              assertThat(hitLinks()).anyMatch(href -> href.contains(id));
            });

    browser.manage().deleteAllCookies();
    signIn("amira-haddad");
    browser.get(root + "story/view.xhtml?id=" + id);
    fill("withdraw-reason", "Told twice by mistake.");
    press("withdraw-submit");
    assertThat(browser.findElement(By.id("confirm-error")).getText()).startsWith("Tick the box");
    assertThat(value("withdraw-reason")).isEqualTo("Told twice by mistake.");
    browser.findElement(By.id("withdraw-confirm")).click();
    press("withdraw-submit");

    assertThat(browser.findElement(By.id("withdrawn-notice")).getText())
        .contains("This story was withdrawn by Dr Amira Haddad on ", "Told twice by mistake.");

    browser.manage().deleteAllCookies();
    signIn("denise-gagnon");
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=" + Api.encode(title));
              assertThat(hitLinks()).noneMatch(href -> href.contains(id));
            });
    browser.get(root);
    assertThat(browser.getPageSource()).doesNotContain(title);
    browser.get(root + "story/view.xhtml?id=" + id);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
  }

  /** A published story and the numbers of its kept versions. */
  private record Versions(String id, long oldest, long newest, String token) {}

  /**
   * A story Amira published and then edited twice through the API, as a member editing from another
   * device would: three kept versions, the title and the results changed.
   */
  private Versions storyWithVersions(String title) {
    Api api = new Api(base);
    String token = Members.sharedToken(base, "amira-haddad");
    JsonObject first =
        Json.createObjectBuilder(read(StoryApiIT.story(title, "access")))
            .add("outline", Json.createObjectBuilder().add("results", "Waits fell to 9 days."))
            .build();
    HttpResponse<String> created = api.post("api/stories", first.toString(), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");
    JsonObject second =
        Json.createObjectBuilder(Api.json(created))
            .add("title", title + ", second winter")
            .add("outline", Json.createObjectBuilder().add("results", "Waits fell to 6 days."))
            .build();
    HttpResponse<String> edited = put(id, second, token, etag(created));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    edit(id, "Waits fell to 6 days.\n\nThe evening list filled every week.", token);
    List<JsonObject> history =
        Api.json(api.get("api/stories/" + id + "/versions", token))
            .getJsonArray("versions")
            .getValuesAs(JsonObject.class);
    assertThat(history).hasSize(3);
    return new Versions(
        id,
        history.get(2).getJsonNumber("number").longValue(),
        history.get(0).getJsonNumber("number").longValue(),
        token);
  }

  /** Saves a new version of the story with these results, based on what is there now. */
  private void edit(String id, String results, String token) {
    HttpResponse<String> current = new Api(base).get("api/stories/" + id, token);
    JsonObject changed =
        Json.createObjectBuilder(Api.json(current))
            .add("outline", Json.createObjectBuilder().add("results", results))
            .add("identifiersConfirmed", true)
            .build();
    HttpResponse<String> saved = put(id, changed, token, etag(current));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  /** Publishes this story as Amira through the API and answers its id. */
  private String created(JsonObject story) {
    HttpResponse<String> created =
        new Api(base)
            .post("api/stories", story.toString(), Members.sharedToken(base, "amira-haddad"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  private HttpResponse<String> put(String id, JsonObject story, String token, String etag) {
    return new Api(base)
        .call("PUT", "api/stories/" + id, story.toString(), token, Map.of("If-Match", etag));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  /** A day as the pages write it in English. */
  private static String longDate(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.ENGLISH)
        .format(day);
  }

  private List<String> hitLinks() {
    return browser.findElements(By.cssSelector(".hit a")).stream()
        .map(e -> e.getAttribute("href"))
        .toList();
  }

  /**
   * Every page a member sees, error pages included: valid HTML as served (Nu HTML Checker), nothing
   * in the console, no serious WCAG violation. Visitors', facilitators' and admins' pages are
   * checked in AccountPagesIT.
   */
  @Test
  void shouldServeValidAccessibleHtmlWithACleanConsoleOnEveryMemberPage() {
    // the checker works: a raw space in a link's query, as expertise links once had, is seen
    assertThat(
            HtmlChecker.shared()
                .errors(
                    "self-check",
                    "<!DOCTYPE html><html lang=\"en\"><title>t</title><a href=\"/m?e=a b\">e</a>"))
        .singleElement()
        .asString()
        .contains("self-check line 1:", "Space is not allowed");
    // a token, so the tokens page shows its table (a token never used yet included)
    browser.get(root + "account/tokens.xhtml");
    fill("tokens:name", "page check");
    press("tokens:create");
    Browser.consoleErrors(browser);
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "search.xhtml?q=access");
              assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
            });
    // a published story with PDSA cycles and measures, so its edit page shows their rows
    HttpResponse<String> rich =
        new Api(base)
            .post(
                "api/stories",
                StoryApiIT.richStory("Page check: slots with cycles and measures").toString(),
                Members.sharedToken(base, "amira-haddad"));
    assertThat(rich.statusCode()).as(rich.body()).isEqualTo(201);
    String richId = Api.json(rich).getString("id");
    Versions versions = storyWithVersions("Page check " + System.nanoTime());
    List<String> problems = new ArrayList<>();
    for (String page :
        List.of(
            "story/history.xhtml?id=" + versions.id(),
            "story/version.xhtml?id=" + versions.id() + "&number=" + versions.oldest(),
            "story/changes.xhtml?id="
                + versions.id()
                + "&from="
                + versions.oldest()
                + "&to="
                + versions.newest(),
            "search.xhtml?q=access",
            "search.xhtml?q=access&kind=story",
            "search.xhtml?q=access&network=harbourford&sort=newest",
            "search.xhtml?q=access&stage=NO_SUCH_STAGE",
            "",
            "story/new.xhtml",
            "story/new.xhtml?id=" + richId,
            "story/view.xhtml?id=" + richId,
            "story/view.xhtml?id=access-partnership-synergy",
            "story/view.xhtml?id=same-week-appointments-unattached-patients",
            // adapted from a Harbourford story: its lineage as a list and a drawing
            "story/view.xhtml?id=crisis-follow-up-after-discharge",
            "story/adapt.xhtml?id=discharge-frontline-prototyping",
            "search.xhtml?q=" + Api.encode("partnership access") + "&tag=access",
            "story/view.xhtml?id=missing",
            "networks/index.xhtml",
            "networks/view.xhtml?id=access-quebec",
            "members/index.xhtml",
            "members/index.xhtml?expertise=" + Api.encode("patient engagement"),
            "members/view.xhtml?id=amira-haddad",
            "account/index.xhtml",
            "account/password.xhtml",
            "account/second-factor.xhtml",
            "account/tokens.xhtml",
            "admin/index.xhtml")) {
      if (!browser.getCurrentUrl().endsWith(page) || page.isEmpty()) {
        browser.get(root + page);
      }
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
          .as(page)
          .isEqualTo("en");
      assertThat(browser.getTitle()).as(page).isNotBlank();
      problems.addAll(Browser.pageProblems(browser, page));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldAdaptAStoryFromItsPageAndShowWhereItCameFromAndWhereItSpread() {
    browser.manage().deleteAllCookies();
    signIn("gwen-pryce");
    String original = "physical-health-checks";
    browser.get(root + "story/view.xhtml?id=" + original);
    String title = browser.findElement(By.id("story-title")).getText();

    press("adapt-submit");

    assertThat(browser.getCurrentUrl()).contains("story/new.xhtml?id=");
    assertThat(value("story:title")).isEqualTo(title);
    assertThat(value("story:summary")).startsWith("Adapted from \u201c" + title + "\u201d");
    assertThat(value("story:problem")).isNotBlank();
    assertThat(value("story:results")).isEmpty();
    String adapted = "Health checks on our wards " + System.nanoTime();
    fill("story:title", adapted);
    publish();

    assertThat(browser.getCurrentUrl()).contains("story/view.xhtml");
    assertThat(browser.findElements(By.cssSelector("#spread-origins a")))
        .extracting(WebElement::getText)
        .containsExactly(title);
    WebElement diagram = browser.findElement(By.cssSelector("#spread svg"));
    assertThat(diagram.getAttribute("role")).isEqualTo("img");
    assertThat(browser.findElement(By.id("spread-diagram-desc")).getAttribute("textContent"))
        .contains(title);
    // the original lists it once a refresh has shown it to the repository's search
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "story/view.xhtml?id=" + original);
              assertThat(browser.findElements(By.cssSelector("#spread-adaptations a")))
                  .extracting(WebElement::getText)
                  .contains(adapted);
            });
  }

  /** Clicks publish and waits until the next page replaced this one, so no stale page is read. */
  private void publish() {
    press("story:publish");
  }

  private void press(String button) {
    Browser.press(browser, By.id(button));
  }

  private void fill(String id, String text) {
    Browser.fill(browser, id, text);
  }

  /** Sets a field the way a browser's own date picker would, whatever the browser's locale. */
  private void setValue(String id, String text) {
    browser.executeScript(
        "arguments[0].value = arguments[1]", browser.findElement(By.id(id)), text);
  }

  private void select(String id, String label) {
    new Select(browser.findElement(By.id(id))).selectByVisibleText(label);
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }
}
