package org.commonplace.bench;

import java.io.IOException;

/**
 * The member a benchmark acts as: a demo member without a second factor ({@code -Dbench.email},
 * {@code -Dbench.password}, default Gwen Pryce of Harbourford), signed in through the sign-in page,
 * with an API token made on the account page and revoked when the benchmark ends. {@code
 * -Dbench.token=cp_...} uses an existing token instead (then kept). Stories go to {@code
 * -Dbench.network} (default {@code harbourford}), which the member must belong to.
 */
final class BenchMember implements AutoCloseable {

  private final PortalSession session;
  private final String token;
  private final boolean madeHere;

  private BenchMember(PortalSession session, String token, boolean madeHere) {
    this.session = session;
    this.token = token;
    this.madeHere = madeHere;
  }

  static BenchMember signIn(BenchTarget target) throws IOException, InterruptedException {
    PortalSession session =
        PortalSession.signedIn(
            target,
            System.getProperty("bench.email", "gwen.pryce@harbourford-hospitals.example"),
            System.getProperty("bench.password", "linen-paddle-orchid-25"));
    String given = System.getProperty("bench.token", "").strip();
    if (!given.isEmpty()) {
      return new BenchMember(session, given, false);
    }
    return new BenchMember(session, session.createToken("benchmark"), true);
  }

  String token() {
    return token;
  }

  String network() {
    return System.getProperty("bench.network", "harbourford");
  }

  PortalSession session() {
    return session;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (madeHere) {
      session.revokeToken(token);
    }
  }
}
