package org.commonplace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.commonplace.content.control.MemberRows;
import org.commonplace.content.control.MemberSeed;
import org.commonplace.security.control.Totp;

/**
 * The demo members of content/members.csv, signed in as a person would: through the sign-in page,
 * and for facilitators and admins, with a code from their authenticator key.
 */
final class Members {

  static final Map<String, MemberSeed> SEED = load();

  private static final Map<String, String> SHARED_TOKENS = new ConcurrentHashMap<>();

  /** The last code step used per member: the portal refuses a code's step twice. */
  private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

  private Members() {}

  static MemberSeed seed(String id) {
    MemberSeed seed = SEED.get(id);
    if (seed == null) {
      throw new IllegalArgumentException("No demo member " + id);
    }
    return seed;
  }

  /** A client signed in as this member, second factor included. */
  static FormClient signIn(URL base, String id) {
    FormClient client = new FormClient(base);
    FormClient.Page page = signIn(client, seed(id).email(), seed(id).password());
    if (page.uri().getPath().endsWith("signin-code.xhtml")) {
      page =
          client.submit(page, "code-form", Map.of("code-form:code", code(id)), "code-form:verify");
    }
    if (!page.contains("id=\"signout\"")) {
      throw new AssertionError("Could not sign in as " + id + ":\n" + page.body());
    }
    return client;
  }

  static FormClient.Page signIn(FormClient client, String email, String password) {
    FormClient.Page form = client.get("signin.xhtml");
    return client.submit(
        form,
        "signin",
        Map.of("signin:email", email, "signin:password", password),
        "signin:submit");
  }

  /**
   * A fresh code for the member's authenticator key: the current step's, or the next one when the
   * current step was used already (the portal refuses a step twice and accepts one step ahead).
   * Never the previous step's, which could fall out of the window while the code travels.
   */
  static synchronized String code(String id) {
    String secret = seed(id).totpSecret().orElseThrow();
    long last = LAST_STEP.getOrDefault(id, Long.MIN_VALUE);
    Awaitility.await()
        .atMost(Duration.ofSeconds(40))
        .until(() -> last + 1 <= Totp.step(Instant.now()) + 1);
    long step = Math.max(last + 1, Totp.step(Instant.now()));
    LAST_STEP.put(id, step);
    return Totp.code(secret, step);
  }

  /**
   * A token of the member's for this portal, made once and shared by every test that only uses it.
   * Each new token costs a sign-in, and a facilitator's code can be used once per half minute, so
   * fresh tokens made tests wait. A test that revokes a token, or counts them, makes its own with
   * {@link #token}.
   */
  static String sharedToken(URL base, String id) {
    return SHARED_TOKENS.computeIfAbsent(base + " " + id, key -> token(base, id));
  }

  /** A new personal API token, created on the member's account page. */
  static String token(URL base, String id) {
    FormClient client = signIn(base, id);
    FormClient.Page created =
        client.submit(
            client.get("account/tokens.xhtml"),
            "tokens",
            Map.of("tokens:name", "integration test"),
            "tokens:create");
    return created
        .text("new-token")
        .orElseThrow(() -> new AssertionError("No token shown:\n" + created.body()));
  }

  private static Map<String, MemberSeed> load() {
    try {
      return MemberRows.parse("members.csv", Files.readString(Path.of("content/members.csv")))
          .stream()
          .collect(Collectors.toMap(MemberSeed::id, Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
