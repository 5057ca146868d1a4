package org.commonplace.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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

  /** The WCAG 2 A/AA violations axe-core finds on the current page that are serious or critical. */
  static List<String> seriousAccessibilityViolations(ChromeDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
        .map(Browser::describe)
        .toList();
  }

  /** What the browser refused under the Content-Security-Policy since the last call. */
  static List<String> policyViolations(ChromeDriver driver) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
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
