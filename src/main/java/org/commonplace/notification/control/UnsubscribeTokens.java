package org.commonplace.notification.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click unsubscribe link's token: the member's id and an HMAC-SHA256 of it under the
 * portal's secret. It needs no sign-in (a mail client posts it on its own, RFC 8058) and no stored
 * state, and nobody without the secret can make one for another member.
 */
public final class UnsubscribeTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] secret;

  public UnsubscribeTokens(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("The unsubscribe secret needs at least 16 bytes");
    }
    this.secret = secret.clone();
  }

  public String tokenFor(String memberId) {
    return encode(memberId.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(memberId));
  }

  /** The member the token was made for, or empty when it was not made with this secret. */
  public Optional<String> memberOf(String token) {
    if (token == null || token.length() > 1000) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String memberId =
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      return MessageDigest.isEqual(given, mac(memberId)) ? Optional.of(memberId) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String memberId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac.doFinal(memberId.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
