package org.commonplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The bearer token of the portal's admin API on a developer's machine. It is kept in a file
 * readable only by its owner, and reused on later runs so scripts and notes stay valid.
 */
final class AdminToken {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private AdminToken() {}

  static String loadOrCreate(Path file) throws LaunchException {
    try {
      if (Files.exists(file)) {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!token.isEmpty()) {
          Files.setPosixFilePermissions(file, OWNER_ONLY);
          return token;
        }
        Files.delete(file);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      String token = generate();
      // created 0600 from the start, so the token is never readable by others, even briefly
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.writeString(file, token + System.lineSeparator(), StandardCharsets.UTF_8);
      return token;
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotKeepToken(file, e));
    }
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
