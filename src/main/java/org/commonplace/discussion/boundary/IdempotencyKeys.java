package org.commonplace.discussion.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;

/**
 * A reply's id from the API's {@code Idempotency-Key}: a digest of the caller, the thread and the
 * key, so that a retried request finds the reply it stored, any text is a usable key, and two
 * callers who happen to choose the same key never meet.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  static Optional<String> replyId(Viewer viewer, String threadId, String key) {
    if (key == null || key.isBlank() || viewer.memberId().isEmpty()) {
      return Optional.empty();
    }
    String seed = viewer.memberId().get() + "\n" + threadId + "\n" + key.strip();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return Optional.of("reply-" + HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
