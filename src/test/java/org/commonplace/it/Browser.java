package org.commonplace.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, named explicitly because
 * Selenium's own driver download cannot work here.
 */
final class Browser {

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private Browser() {}

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("CHROME_BIN", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--user-data-dir=" + freshProfile());
    // the console, where the browser reports every Content-Security-Policy violation
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * Signs the browser in as the demo member through the sign-in page, with an authenticator code
   * when they need one. A session that is already theirs is kept: a sign-in costs seconds (the
   * password hash is slow on purpose), and a facilitator's code can be used once per half minute,
   * so signing the same facilitator in again and again made tests wait. Ends on the home page or on
   * the page the sign-in leads to.
   */
  static void signIn(ChromeDriver driver, String root, String member) {
    driver.get(root);
    if (isSignedInAs(driver, member)) {
      return;
    }
    if (!driver.findElements(By.id("signout")).isEmpty()) {
      // someone else's session; when there is none, the cookies stay, with the form token a page
      // open in another tab still needs
      driver.manage().deleteAllCookies();
    }
    driver.get(root + "signin.xhtml");
    fill(driver, "signin:email", Members.seed(member).email());
    fill(driver, "signin:password", Members.seed(member).password());
    press(driver, By.id("signin:submit"));
    if (driver.getCurrentUrl().contains("signin-code.xhtml")) {
      fill(driver, "code-form:code", Members.code(member));
      press(driver, By.id("code-form:verify"));
    }
    if (driver.findElements(By.id("signout")).isEmpty()) {
      throw new AssertionError("Could not sign in as " + member + " at " + driver.getCurrentUrl());
    }
  }

  /** The header names the member whose session this is, linking to their account page. */
  static boolean isSignedInAs(ChromeDriver driver, String member) {
    String name = Members.seed(member).profile().getName();
    return driver
        .findElements(By.cssSelector(".site-account a[href$='account/index.xhtml']"))
        .stream()
        .anyMatch(link -> link.getText().strip().equals(name));
  }

  /** Clicks and waits until the next page replaced this one, so no stale page is read. */
  static void press(ChromeDriver driver, By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> isDetached(page));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Types into a field; a very long text is set directly, as typing it would take minutes. */
  static void fill(ChromeDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (text.length() > 500) {
      driver.executeScript("arguments[0].value = arguments[1]", field, text);
    } else {
      field.sendKeys(text);
    }
  }

  /**
   * Chromedriver reports an element of a replaced page either as stale or, mid-navigation, as a
   * node that "does not belong to the document"; both mean the old page is gone.
   */
  private static boolean isDetached(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  /**
   * The WCAG 2 A/AA violations axe-core finds on the current page that are serious or critical. Run
   * in the page itself, as axe-core's own {@code axe.run} does: the portal's pages have no frames,
   * and the default frame-by-frame mode opens and closes a blank window for every page, which cost
   * about a second a page.
   */
  static List<String> seriousAccessibilityViolations(ChromeDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .setLegacyMode(true)
            .disableIframeTesting()
            .analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
        .map(Browser::describe)
        .toList();
  }

  /**
   * The errors in the browser console since the last call: scripts that failed, resources that
   * could not load (a missing icon, say), everything the Content-Security-Policy refused. The
   * status of the page itself is not one: a not-found page answers 404 on purpose.
   */
  static List<String> consoleErrors(ChromeDriver driver) {
    String ownStatus = driver.getCurrentUrl() + " - Failed to load resource";
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.startsWith(ownStatus))
        .toList();
  }

  /**
   * What an outside review of the page the browser shows would find: markup errors by the Nu HTML
   * Checker in the HTML exactly as served, console errors, and serious WCAG violations, each
   * prefixed with the page.
   */
  static List<String> pageProblems(ChromeDriver driver, String page) {
    List<String> problems = new ArrayList<>(HtmlChecker.shared().errors(page, servedHtml(driver)));
    consoleErrors(driver).forEach(error -> problems.add(page + " console: " + error));
    seriousAccessibilityViolations(driver).forEach(rule -> problems.add(page + " axe: " + rule));
    return problems;
  }

  /**
   * As {@link #pageProblems}, for the page a form's post answered with. The browser keeps no copy
   * of a post's response, so the checker reads the document as the browser parsed it (doctype and
   * DOM serialised), which still shows duplicate ids, broken references, unlabelled fields and
   * content where it may not be.
   */
  static List<String> postedPageProblems(ChromeDriver driver, String page) {
    String parsed =
        "<!DOCTYPE html>\n" + driver.executeScript("return document.documentElement.outerHTML");
    List<String> problems = new ArrayList<>(HtmlChecker.shared().errors(page, parsed));
    consoleErrors(driver).forEach(error -> problems.add(page + " console: " + error));
    seriousAccessibilityViolations(driver).forEach(rule -> problems.add(page + " axe: " + rule));
    return problems;
  }

  /**
   * The page's HTML as the server sent it, from the browser's own copy (DevTools protocol), not the
   * live document scripts have changed since, and without fetching it again.
   */
  @SuppressWarnings("unchecked")
  static String servedHtml(ChromeDriver driver) {
    Map<String, Object> tree =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getFrameTree", Map.of()).get("frameTree");
    Map<String, Object> frame = (Map<String, Object>) tree.get("frame");
    Map<String, Object> resource =
        driver.executeCdpCommand(
            "Page.getResourceContent", Map.of("frameId", frame.get("id"), "url", frame.get("url")));
    String content = (String) resource.get("content");
    return Boolean.TRUE.equals(resource.get("base64Encoded"))
        ? new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8)
        : content;
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  private static String executable(String variable, String fallback) {
    String configured = System.getenv(variable);
    return configured == null || configured.isBlank() ? fallback : configured;
  }

  private static String freshProfile() {
    try {
      Path work = Path.of(System.getProperty("commonplace.test.work", "target/it-work"));
      Files.createDirectories(work);
      return Files.createTempDirectory(work.toAbsolutePath(), "chromium-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
