package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.security.control.ApiTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, sign-up, sessions and the attacks the issue names, over HTTP against the real portal:
 * wrong password and unknown account, throttling, session fixation, forged and replayed posts,
 * expired invitations, revoked tokens, hostile input in every field of the account forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Signing in and out")
class SignInIT {

  private static final String REFUSED = "do not match an account";

  /** Eleven timed attempts of each kind, after one of each to warm up. */
  private static final int TIMED_ROUNDS = 11;

  /** Two wrong passwords each (warm-up included), inside the throttle's three free failures. */
  private static final List<String> GUESSED_ACCOUNTS =
      List.of(
          "louise-bergeron",
          "denise-gagnon",
          "marc-thibodeau",
          "amira-haddad",
          "tom-ashworth",
          "joan-whitfield");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  /**
   * Both kinds of attempt, interleaved after a warm-up, timing only the post of the sign-in form.
   * Each must spend one PBKDF2 check (600,000 iterations): an unknown account answered without one
   * would come back a whole check sooner, 135 ms on a quiet core and more under load, as the check
   * is pure CPU. The medians may differ by a quarter of the slower one, and always by 60 ms, since
   * load stretches every answer, the check and the noise alike. Measured on this 2-core machine at
   * load averages of 7 to 17 (wrong password / unknown account): medians 346/298, 481/425 and
   * 599/674 ms, 48 to 75 ms apart against tolerances of 86, 120 and 168 ms. A missing check would
   * have opened gaps of about 135 ms stretched by the same load, well over each tolerance.
   */
  @Test
  void shouldAnswerAWrongPasswordAndAnUnknownAccountAlikeAndEquallySlowly() {
    FormClient client = new FormClient(base);
    attempt(client, wrongPasswordOf(0));
    attempt(client, unknownAccount(0));
    List<Long> wrongMillis = new ArrayList<>();
    List<Long> unknownMillis = new ArrayList<>();
    Set<String> answers = new HashSet<>();
    for (int round = 1; round <= TIMED_ROUNDS; round++) {
      // alternate which goes first, so a machine growing busier slows both alike
      boolean wrongFirst = round % 2 == 0;
      Timed first = attempt(client, wrongFirst ? wrongPasswordOf(round) : unknownAccount(round));
      Timed second = attempt(client, wrongFirst ? unknownAccount(round) : wrongPasswordOf(round));
      (wrongFirst ? wrongMillis : unknownMillis).add(first.millis());
      (wrongFirst ? unknownMillis : wrongMillis).add(second.millis());
      answers.add(first.message());
      answers.add(second.message());
    }

    long wrong = median(wrongMillis);
    long unknown = median(unknownMillis);
    String timings = "wrong password " + wrongMillis + ", unknown account " + unknownMillis;
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(answers).as("the messages").singleElement().asString().contains(REFUSED);
    soft.assertThat(Math.abs(wrong - unknown))
        .as("difference of the medians (%s)", timings)
        .isLessThanOrEqualTo(Math.max(60, Math.max(wrong, unknown) / 4));
    soft.assertThat(unknown).as("median for an unknown account (%s)", timings).isGreaterThan(60);
    soft.assertAll();
  }

  private static String[] wrongPasswordOf(int round) {
    String account = GUESSED_ACCOUNTS.get(round % GUESSED_ACCOUNTS.size());
    return new String[] {Members.seed(account).email(), "not-the-right-one-at-all"};
  }

  /** A fresh address each time, so the per-account throttle never answers instead. */
  private static String[] unknownAccount(int round) {
    return new String[] {
      "nobody-" + round + "-" + System.nanoTime() + "@nowhere.example", "not-the-right-one-at-all"
    };
  }

  private static Timed attempt(FormClient client, String[] emailAndPassword) {
    FormClient.Page form = client.get("signin.xhtml");
    long started = System.nanoTime();
    FormClient.Page answer =
        client.submit(
            form,
            "signin",
            Map.of("signin:email", emailAndPassword[0], "signin:password", emailAndPassword[1]),
            "signin:submit");
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Timed(millis, answer.text("signin:signin-messages").orElse(""));
  }

  private static long median(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** How long one sign-in post took, and the message it showed. */
  private record Timed(long millis, String message) {}

  @Test
  void shouldSlowAnAccountAfterFourFailuresAndSaySo() {
    FormClient client = new FormClient(base);
    String email = Members.seed("rhiannon-lloyd").email();
    for (int i = 0; i < 4; i++) {
      assertThat(Members.signIn(client, email, "guess-number-" + i).body()).contains(REFUSED);
    }

    FormClient.Page slowed =
        Members.signIn(client, email, Members.seed("rhiannon-lloyd").password());

    assertThat(slowed.body()).contains("Too many unsuccessful attempts. Wait");
    assertThat(slowed.contains("id=\"signout\"")).isFalse();
  }

  @Test
  void shouldIssueANewSessionIdAtSignInSoAPlantedOneIsWorthless() {
    FormClient client = Members.signIn(base, "gwen-pryce");
    String planted = client.cookie("JSESSIONID").orElseThrow();

    FormClient.Page signedIn =
        Members.signIn(
            client, Members.seed("tom-ashworth").email(), Members.seed("tom-ashworth").password());

    assertThat(signedIn.contains("id=\"signout\"")).isTrue();
    assertThat(client.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(planted);
    FormClient attacker = new FormClient(base);
    attacker.setCookie("JSESSIONID", planted);
    assertThat(attacker.get("account/index.xhtml").uri().getPath()).endsWith("signin.xhtml");
  }

  @Test
  void shouldAskFacilitatorsForTheirAuthenticatorCodeAndRefuseAReplayedOne() {
    FormClient client = new FormClient(base);
    FormClient.Page codePage =
        Members.signIn(
            client, Members.seed("helen-marsh").email(), Members.seed("helen-marsh").password());
    assertThat(codePage.uri().getPath()).endsWith("signin-code.xhtml");
    assertThat(codePage.contains("id=\"signout\"")).isFalse();
    assertThat(client.get("account/index.xhtml").uri().getPath()).endsWith("signin.xhtml");

    String code = Members.code("helen-marsh");
    FormClient.Page in =
        client.submit(codePage, "code-form", Map.of("code-form:code", code), "code-form:verify");
    assertThat(in.contains("id=\"signout\"")).isTrue();

    FormClient again = new FormClient(base);
    FormClient.Page secondCodePage =
        Members.signIn(
            again, Members.seed("helen-marsh").email(), Members.seed("helen-marsh").password());
    FormClient.Page replayed =
        again.submit(
            secondCodePage, "code-form", Map.of("code-form:code", code), "code-form:verify");
    assertThat(replayed.body()).contains("That code is not right (or was already used)");
  }

  @Test
  void shouldSendTheSecurityHeadersOnEveryPageAndAStrictFormCookie() {
    FormClient member = Members.signIn(base, "gwen-pryce");
    FormClient visitor = new FormClient(base);
    Map<String, HttpResponse<String>> pages = new java.util.LinkedHashMap<>();
    for (String page :
        List.of(
            "",
            "story/new.xhtml",
            "story/view.xhtml?id=city-shared-narrative-quality",
            "story/view.xhtml?id=no-such-story",
            "search.xhtml?q=access",
            "networks/index.xhtml",
            "networks/view.xhtml?id=harbourford",
            "members/index.xhtml",
            "members/view.xhtml?id=helen-marsh",
            "account/index.xhtml",
            "account/password.xhtml",
            "account/second-factor.xhtml",
            "account/tokens.xhtml")) {
      pages.put(page, member.get(page).response());
    }
    for (String page : List.of("signin.xhtml", "signup.xhtml")) {
      pages.put(page, visitor.get(page).response());
    }

    SoftAssertions soft = new SoftAssertions();
    pages.forEach(
        (page, answer) -> {
          soft.assertThat(answer.headers().allValues("Content-Security-Policy"))
              .as(page)
              .anyMatch(
                  p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'"))
              .anyMatch(p -> p.startsWith("script-src 'self' 'nonce-"));
          soft.assertThat(answer.headers().firstValue("X-Content-Type-Options"))
              .as(page)
              .contains("nosniff");
          soft.assertThat(answer.headers().firstValue("Referrer-Policy"))
              .as(page)
              .contains("strict-origin-when-cross-origin");
          soft.assertThat(answer.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
        });
    soft.assertThat(pages.get("signin.xhtml").headers().allValues("Set-Cookie"))
        .anyMatch(
            c ->
                c.startsWith("commonplace-form=")
                    && c.contains("HttpOnly")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"));
    soft.assertAll();
  }

  @Test
  void shouldGiveTheSessionCookieHttpOnlyAndSameSite() {
    FormClient client = new FormClient(base);
    client.get("signin.xhtml");
    FormClient.Page signedIn =
        client.submit(
            client.get("signin.xhtml"),
            "signin",
            Map.of(
                "signin:email", Members.seed("gwen-pryce").email(),
                "signin:password", Members.seed("gwen-pryce").password()),
            "signin:submit");
    List<String> cookies =
        signedIn.response().previousResponse().orElseThrow().headers().allValues("Set-Cookie");

    assertThat(cookies)
        .anyMatch(
            c ->
                c.startsWith("JSESSIONID=")
                    && c.contains("HttpOnly")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"));
  }

  @Test
  void shouldMarkTheSessionCookieSecureAndSendHstsBehindAnHttpsProxy() {
    FormClient plain = new FormClient(base);
    FormClient.Page form = plain.get("signin.xhtml");
    FormClient https = new FormClient(base, true);
    // the form cookie came over plain HTTP here; behind the proxy the browser would hold it too
    https.setCookie("commonplace-form", plain.cookie("commonplace-form").orElseThrow());
    FormClient.Page redirect =
        https.submit(
            form,
            "signin",
            Map.of(
                "signin:email", Members.seed("gwen-pryce").email(),
                "signin:password", Members.seed("gwen-pryce").password()),
            "signin:submit");

    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.response().headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("Secure"));
    assertThat(redirect.response().headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void shouldRefuseAFormPostWithoutOrWithAForgedFormToken() {
    FormClient client = new FormClient(base);
    client.get("signin.xhtml");
    Map<String, String> fields =
        Map.of(
            "signin", "signin",
            "jakarta.faces.ViewState", "stateless",
            "signin:email", Members.seed("gwen-pryce").email(),
            "signin:password", Members.seed("gwen-pryce").password(),
            "signin:submit", "Sign in");

    FormClient.Page withoutToken = client.post("signin.xhtml", fields);
    Map<String, String> forged = new java.util.HashMap<>(fields);
    forged.put("commonplace-form-token", "x".repeat(43));
    FormClient.Page withForgedToken = client.post("signin.xhtml", forged);

    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withForgedToken.status()).isEqualTo(403);
    assertThat(withForgedToken.body()).contains("Not allowed").doesNotContain("at org.commonplace");
    assertThat(client.get("account/index.xhtml").uri().getPath()).endsWith("signin.xhtml");
  }

  @Test
  void shouldNotActOnAFormPostReplayedAfterSignOut() {
    FormClient client = Members.signIn(base, "gwen-pryce");
    FormClient.Page form = client.get("story/new.xhtml");
    Map<String, String> story =
        Map.of(
            "story:title",
            "Replayed story that must never exist",
            "story:networkId",
            "harbourford");
    client.submit(
        form,
        "story",
        Map.of("story:title", "A real story first", "story:networkId", "harbourford"),
        "story:publish");
    client.post(
        "signout",
        Map.of("commonplace-form-token", client.cookie("commonplace-form").orElseThrow()));

    FormClient.Page replayed = client.submit(form, "story", story, "story:publish");

    assertThat(replayed.body()).contains("You were signed out");
    String token = Members.token(base, "gwen-pryce");
    Api api = new Api(base);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.get("api/stories", token).body().contains("A real story first"));
    assertThat(api.get("api/stories", token).body())
        .doesNotContain("Replayed story that must never exist");
  }

  @Test
  void shouldLetAPersonJoinWithACodeOnceAndRefuseExpiredAndUsedCodes() {
    FormClient expired = new FormClient(base);
    FormClient.Page refused = signUp(expired, "HBFD-2222-EXPD", "expired.person@example.org");
    assertThat(refused.text("signup:code-message")).get().asString().contains("has expired");
    assertThat(refused.body()).contains("value=\"expired.person@example.org\"");

    FormClient joining = new FormClient(base);
    FormClient.Page joined = signUp(joining, "hbfd 7892 ward", "new.ward.manager@example.org");
    assertThat(joined.contains("id=\"signout\"")).as(joined.body()).isTrue();
    assertThat(joined.body()).contains("Welcome to Commonplace");

    FormClient.Page reused =
        signUp(new FormClient(base), "HBFD-7892-WARD", "someone.else@example.org");
    assertThat(reused.text("signup:code-message")).get().asString().contains("already been used");
  }

  @Test
  void shouldRefuseWeakPasswordsAtSignUpAndKeepWhatWasTyped() {
    FormClient client = new FormClient(base);
    FormClient.Page form = client.get("signup.xhtml");
    FormClient.Page refused =
        client.submit(
            form,
            "signup",
            Map.of(
                "signup:code", "NVMH-4567-PEER",
                "signup:name", "Pât Wéakpass-Côté",
                "signup:email", "pat@example.org",
                "signup:stakeholderRole", "PATIENT_PARTNER",
                "signup:password", "password1234",
                "signup:repeat", "password1234"),
            "signup:join");

    assertThat(refused.text("signup:password-message")).get().asString().contains("attackers try");
    assertThat(refused.body())
        .contains("value=\"Pât Wéakpass-Côté\"")
        .doesNotContain("password1234");
  }

  @Test
  void shouldRefuseARevokedTokenOnTheVeryNextRequest() {
    Api api = new Api(base);
    String token = Members.token(base, "tom-ashworth");
    assertThat(api.get("api/members/me", token).statusCode()).isEqualTo(200);
    // the token's id is its hash; the member may hold older tokens made by other tests
    String tokenId = ApiTokens.hash(token);
    assertThat(api.get("api/tokens", token).body()).contains("\"id\":\"" + tokenId + "\"");

    assertThat(api.call("DELETE", "api/tokens/" + tokenId, null, token).statusCode())
        .isEqualTo(204);

    HttpResponse<String> after = api.get("api/members/me", token);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("\"status\":401").doesNotContain("at org.commonplace");
  }

  @Test
  void shouldCountANewNetworkRoleOnTheVeryNextTokenRequest() {
    Api api = new Api(base);
    String token = Members.token(base, "rhiannon-lloyd");
    String quebecStory = "api/stories/access-partnership-synergy";
    // used before the change, so that the portal already knows whose token it is
    assertThat(api.get("api/members/me", token).statusCode()).isEqualTo(200);
    assertThat(api.get(quebecStory, token).statusCode()).isEqualTo(404);

    assertThat(
            api.call(
                    "PUT",
                    "api/networks/access-quebec/members/rhiannon-lloyd",
                    "{\"role\":\"MEMBER\"}",
                    Members.token(base, "admin"))
                .statusCode())
        .isEqualTo(204);

    assertThat(api.get(quebecStory, token).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldShowScriptInProfileFieldsAsText() {
    Api api = new Api(base);
    String token = Members.token(base, "rahul-mehta");
    HttpResponse<String> changed =
        api.call(
            "PUT",
            "api/members/me",
            "{\"name\":\"<script>window.hacked=1</script>Rahul\",\"stakeholderRole\":\"ADMINISTRATOR\","
                + "\"about\":\"<img src=x onerror=alert(1)>\",\"expertise\":[\"<b>bold</b>\"]}",
            token);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

    FormClient.Page profile =
        Members.signIn(base, "gwen-pryce").get("members/view.xhtml?id=rahul-mehta");

    assertThat(profile.body())
        .contains("&lt;script&gt;window.hacked=1&lt;/script&gt;Rahul")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>window.hacked")
        .doesNotContain("<img src=x");
  }

  @Test
  void shouldAnswerHostileTextInEveryAccountFormFieldWithAMessageNotAnError() {
    for (String hostile :
        List.of(
            "' OR '1'='1' --",
            "{\"$ne\": null}",
            "\"; DROP INDEX commonplace; --",
            "x".repeat(10_240))) {
      FormClient visitor = new FormClient(base);
      FormClient.Page signIn = Members.signIn(visitor, hostile, hostile);
      assertThat(signIn.status()).isEqualTo(200);
      assertThat(signIn.body()).contains(REFUSED).doesNotContain("at org.commonplace");

      FormClient.Page signUp = signUp(new FormClient(base), hostile, hostile);
      assertThat(signUp.status()).isEqualTo(200);
      assertThat(signUp.body()).contains("is not valid").doesNotContain("at org.commonplace");

      boolean huge = hostile.length() > 1_000;
      FormClient member = Members.signIn(base, "priya-raman");
      // sent without a stakeholder role, so nothing is saved and Priya's profile stays as it was
      FormClient.Page profile =
          member.submit(
              member.get("account/index.xhtml"),
              "profile",
              Map.of(
                  "profile:name", hostile, "profile:expertise", hostile, "profile:about", hostile),
              "profile:save");
      assertThat(profile.status()).isEqualTo(200);
      assertThat(profile.body())
          .doesNotContain("at org.commonplace")
          .contains("Choose the role you take part in");
      assertThat(profile.text("profile:name-message").orElse(""))
          .isEqualTo(huge ? "Keep the name to 120 characters." : "");

      FormClient.Page token =
          member.submit(
              member.get("account/tokens.xhtml"),
              "tokens",
              Map.of("tokens:name", hostile),
              "tokens:create");
      assertThat(token.status()).isEqualTo(200);
      assertThat(token.body()).doesNotContain("at org.commonplace");
      if (huge) {
        assertThat(token.text("tokens:name-message")).get().asString().startsWith("Keep the name");
      } else {
        assertThat(token.text("new-token")).get().asString().startsWith("cp_");
      }

      FormClient.Page password =
          member.submit(
              member.get("account/password.xhtml"),
              "password-form",
              Map.of(
                  "password-form:current",
                  hostile,
                  "password-form:password",
                  hostile,
                  "password-form:repeat",
                  hostile),
              "password-form:change");
      assertThat(password.body())
          .contains("current password is not right")
          .doesNotContain("at org.commonplace");

      FormClient.Page directory =
          member.get(
              "members/index.xhtml?q=" + Api.encode(hostile) + "&role=" + Api.encode(hostile));
      assertThat(directory.status())
          .as(hostile.substring(0, Math.min(20, hostile.length())))
          .isEqualTo(200);
    }
  }

  @Test
  void shouldChangeThePasswordAndSignOutTheMembersOtherSessions() {
    FormClient elsewhere = Members.signIn(base, "joan-whitfield");
    FormClient here = Members.signIn(base, "joan-whitfield");
    String chosen = "otter-quarry-saffron-65";

    FormClient.Page changed =
        here.submit(
            here.get("account/password.xhtml"),
            "password-form",
            Map.of(
                "password-form:current", Members.seed("joan-whitfield").password(),
                "password-form:password", chosen,
                "password-form:repeat", chosen),
            "password-form:change");

    assertThat(changed.body()).contains("Your password is changed");
    assertThat(here.get("account/index.xhtml").uri().getPath()).endsWith("account/index.xhtml");
    assertThat(elsewhere.get("account/index.xhtml").uri().getPath()).endsWith("signin.xhtml");
    FormClient fresh = new FormClient(base);
    assertThat(Members.signIn(fresh, Members.seed("joan-whitfield").email(), chosen).body())
        .contains("id=\"signout\"");
  }

  @Test
  void shouldAskForThePasswordBeforeTyingASignedInAccountToAnotherPhone() {
    FormClient colette = Members.signIn(base, "colette-arsenault");
    FormClient.Page setup = colette.get("account/second-factor.xhtml");
    String secret = setup.text("secret").orElseThrow().replace(" ", "");
    String code =
        org.commonplace.security.control.Totp.code(
            secret, org.commonplace.security.control.Totp.step(java.time.Instant.now()));

    FormClient.Page refused =
        colette.submit(
            setup,
            "setup",
            Map.of("setup:code", code, "setup:password", "a-session-thief-guess"),
            "setup:enable");
    assertThat(refused.text("setup:password-message")).get().asString().contains("not right");

    FormClient.Page enabled =
        colette.submit(
            colette.get("account/second-factor.xhtml"),
            "setup",
            Map.of(
                "setup:code", code, "setup:password", Members.seed("colette-arsenault").password()),
            "setup:enable");
    assertThat(enabled.body()).contains("Your second factor is on");
  }

  @Test
  void shouldSlowGuessesAtTheCurrentPasswordByWhoeverHoldsASession() {
    FormClient session = Members.signIn(base, "daniel-osei");
    FormClient.Page answer = null;
    for (int guess = 1; guess <= 5; guess++) {
      answer =
          session.submit(
              session.get("account/password.xhtml"),
              "password-form",
              Map.of(
                  "password-form:current", "guess-number-" + guess,
                  "password-form:password", "meadow-falcon-lantern-58",
                  "password-form:repeat", "meadow-falcon-lantern-58"),
              "password-form:change");
    }

    assertThat(answer.text("password-form:current-message"))
        .get()
        .asString()
        .contains("Too many wrong passwords");
  }

  @Test
  void shouldMakeANewFacilitatorSetUpASecondFactorBeforeAnythingElse() {
    String admin = Members.token(base, "admin");
    assertThat(
            new Api(base)
                .call(
                    "PUT",
                    "api/networks/access-new-brunswick/members/farid-benali",
                    "{\"role\":\"FACILITATOR\"}",
                    admin)
                .statusCode())
        .isEqualTo(204);

    FormClient farid = new FormClient(base);
    FormClient.Page setup =
        Members.signIn(
            farid, Members.seed("farid-benali").email(), Members.seed("farid-benali").password());
    assertThat(setup.uri().getPath()).endsWith("account/second-factor.xhtml");
    assertThat(setup.body()).contains("must use an authenticator app");
    assertThat(farid.get("story/new.xhtml").uri().getPath()).endsWith("signin.xhtml");

    setup = farid.get("account/second-factor.xhtml");
    String secret = setup.text("secret").orElseThrow().replace(" ", "");
    String code =
        org.commonplace.security.control.Totp.code(
            secret, org.commonplace.security.control.Totp.step(java.time.Instant.now()));
    FormClient.Page done = farid.submit(setup, "setup", Map.of("setup:code", code), "setup:enable");

    assertThat(done.body()).contains("Your second factor is on", "id=\"signout\"");
  }

  @Test
  void shouldAnswerHostileTextInTheStoryFacilitatorAndAdminFormsWithAMessageNotAnError() {
    FormClient member = Members.signIn(base, "gwen-pryce");
    FormClient facilitator = Members.signIn(base, "helen-marsh");
    FormClient admin = Members.signIn(base, "admin");
    for (String hostile :
        List.of("' OR '1'='1' --", "{\"$where\": \"sleep(1000)\"}", "x".repeat(10_240))) {
      boolean huge = hostile.length() > 1_000;
      FormClient.Page story =
          member.submit(
              member.get("story/new.xhtml"),
              "story",
              Map.of(
                  "story:title", hostile,
                  "story:summary", hostile,
                  "story:body", hostile,
                  "story:tags", hostile,
                  "story:networkId", hostile),
              "story:save-draft");
      assertThat(story.status()).isEqualTo(200);
      assertThat(story.body())
          .contains("choose one of the options")
          .doesNotContain("at org.commonplace");

      FormClient.Page invite =
          facilitator.submit(
              facilitator.get("networks/view.xhtml?id=harbourford"),
              "invite",
              Map.of("invite:note", hostile),
              "invite:issue");
      assertThat(invite.body())
          .contains(huge ? "Keep the note to 200 characters" : "id=\"invitation-code\"")
          .doesNotContain("at org.commonplace");

      FormClient.Page organisation =
          admin.submit(
              admin.get("admin/index.xhtml"),
              "organisation",
              Map.of("organisation:name", hostile, "organisation:type", "INDUSTRY"),
              "organisation:create");
      assertThat(organisation.body())
          .contains(huge ? "Keep the name to 120 characters" : "is added")
          .doesNotContain("at org.commonplace");

      FormClient.Page role =
          admin.submit(
              admin.get("admin/index.xhtml"),
              "role",
              Map.of(
                  "role:roleEmail",
                  hostile,
                  "role:roleNetwork",
                  "harbourford",
                  "role:roleChoice",
                  "MEMBER"),
              "role:give");
      assertThat(role.body())
          .contains("No member has this email address")
          .doesNotContain("at org.commonplace");
    }
  }

  private FormClient.Page signUp(FormClient client, String code, String email) {
    FormClient.Page form = client.get("signup.xhtml");
    return client.submit(
        form,
        "signup",
        Map.of(
            "signup:code", code,
            "signup:name", "New Person",
            "signup:email", email,
            "signup:stakeholderRole", "CLINICIAN",
            "signup:expertise", "triage, outreach",
            "signup:password", "sunlit-harbour-kettle-91",
            "signup:repeat", "sunlit-harbour-kettle-91"),
        "signup:join");
  }
}
