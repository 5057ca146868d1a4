package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal instances in one Payara data grid, as behind the production load balancer, answer
 * sign-in attempts exactly as one instance would: failures sent to either count for both, also when
 * both count at the same moment, and a lock made on one holds on the other.
 */
@DisplayName("Two portal instances throttling sign-in together")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusteredSignInIT {

  private static final String REFUSED = "do not match an account";
  private static final String SLOWED = "Too many unsuccessful attempts. Wait";
  private static final String LOCKED = "sign-in is paused for this account or address until";

  /**
   * Every attempt here comes from one address (loopback), so it pauses after eight failures rather
   * than thirty: the lock is reached after two failures beyond the account's six, instead of after
   * the account's own ten, which would cost a minute of its growing delays. The address's rate is
   * raised so that it never says "wait" here; the account's delays are what is tested.
   */
  private static final int ADDRESS_FAILURES_BEFORE_LOCK = 8;

  private static PortalCluster cluster;

  @BeforeAll
  static void startTwoInstances() {
    cluster =
        PortalCluster.start(
            2,
            Map.of(
                "commonplace.signin.address-failures-before-lock",
                Integer.toString(ADDRESS_FAILURES_BEFORE_LOCK),
                "commonplace.signin.address-attempts-per-minute",
                "1000"));
  }

  @AfterAll
  static void stopThem() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void shouldSlowAnAccountAndThenLockTheAddressOnFailuresCountedAcrossBothInstances() {
    String email = Members.seed("tom-ashworth").email();
    List<Form> freeFailures = forms(0, 1, 0, 1);
    List<Form> nextAttempts = forms(0, 1);

    // four failures, two on each instance, all at the same moment: none may be lost, or the
    // address would not be paused after the eighth below
    assertThat(atOnce(freeFailures, email, "simultaneous-guess"))
        .hasSize(4)
        .allMatch(body -> body.contains(REFUSED));
    // two more, one on each: each instance has now seen three, all free on its own
    failOnceLetThrough(5, email);
    failOnceLetThrough(6, email);
    // but six across both cost four seconds: both instances make the next attempt wait
    assertThat(atOnce(nextAttempts, email, "too-soon"))
        .hasSize(2)
        .allMatch(body -> body.contains(SLOWED));
    // two failures of an unknown account, one on each instance, make eight from the address
    failOnceLetThrough(7, "nobody-here@example.org");
    failOnceLetThrough(8, "nobody-here@example.org");

    // which pauses it on both, even for a member who never failed, with the right password
    SoftAssertions locked = new SoftAssertions();
    for (int instance = 0; instance < 2; instance++) {
      String rightPassword =
          guess(
              new FormClient(cluster.url(instance)),
              Members.seed("rahul-mehta").email(),
              Members.seed("rahul-mehta").password());
      locked.assertThat(rightPassword).contains(LOCKED).doesNotContain("id=\"signout\"");
    }
    locked.assertAll();
  }

  /** Runs after the sign-ins, which had each instance read and write the other's entries. */
  @Test
  @Order(2)
  void shouldShareTheThrottleThroughTheGridWithoutEitherInstanceMissingAClass() {
    SoftAssertions soft = new SoftAssertions();
    for (int instance = 0; instance < 2; instance++) {
      soft.assertThat(cluster.log(instance))
          .as("log of instance %d: %s", instance + 1, cluster.logFile(instance))
          .contains("Sign-in throttling is shared by every instance of this Payara data grid")
          .doesNotContain("ClassNotFoundException")
          .doesNotContain("HazelcastSerializationException");
    }
    soft.assertAll();
  }

  /** Two importers would race for every record and report each one they lost as a problem. */
  @Test
  @Order(3)
  void shouldImportTheContentOnOneInstanceOnlyAndWithoutAProblem() {
    assertThat(cluster.log(0)).contains("Imported ").contains(", 0 problems []");
    assertThat(cluster.log(1)).doesNotContain("Imported ");
  }

  /** A sign-in form fetched ahead from each of these instances, so that only posts are timed. */
  private static List<Form> forms(int... instances) {
    return Arrays.stream(instances)
        .mapToObj(
            instance -> {
              FormClient client = new FormClient(cluster.url(instance));
              return new Form(client, client.get("signin.xhtml"));
            })
        .toList();
  }

  /** Posts every form at the same moment, each from a thread of its own. */
  private static List<String> atOnce(List<Form> forms, String email, String password) {
    ExecutorService threads = Executors.newFixedThreadPool(forms.size());
    try {
      List<CompletableFuture<String>> answers =
          forms.stream()
              .map(form -> CompletableFuture.supplyAsync(() -> form.post(email, password), threads))
              .toList();
      return answers.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdown();
    }
  }

  /**
   * Guesses on the instance whose turn it is (odd failures the second, even ones the first) until
   * the throttle stops saying "wait", and checks that this guess was counted as a failure.
   */
  private static void failOnceLetThrough(int failure, String email) {
    FormClient instance = new FormClient(cluster.url(failure % 2));
    AtomicReference<String> answer = new AtomicReference<>();
    Awaitility.await("failure " + failure + " let through after the shared delay")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              answer.set(guess(instance, email, "guess-number-" + failure));
              return !answer.get().contains(SLOWED);
            });
    assertThat(answer.get()).as("failure " + failure).contains(REFUSED);
  }

  private static String guess(FormClient instance, String email, String password) {
    return Members.signIn(instance, email, password).body();
  }

  private record Form(FormClient client, FormClient.Page page) {

    String post(String email, String password) {
      return client
          .submit(
              page,
              "signin",
              Map.of("signin:email", email, "signin:password", password),
              "signin:submit")
          .body();
    }
  }
}
