package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

  @TempDir Path home;

  @Test
  void shouldKeepANewTokenInAFileOnlyItsOwnerCanRead() throws Exception {
    Path file = home.resolve("admin-token");

    String token = AdminToken.loadOrCreate(file);

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(Files.readString(file).strip()).isEqualTo(token);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void shouldReuseTheTokenOnLaterRuns() throws Exception {
    Path file = home.resolve("admin-token");

    String first = AdminToken.loadOrCreate(file);

    assertThat(AdminToken.loadOrCreate(file)).isEqualTo(first);
  }

  @Test
  void shouldReplaceAnEmptyTokenFile() throws Exception {
    Path file = Files.writeString(home.resolve("admin-token"), "\n");

    assertThat(AdminToken.loadOrCreate(file)).isNotBlank();
  }

  @Test
  void shouldTightenATokenFileOthersCouldRead() throws IOException, LaunchException {
    Path file = Files.writeString(home.resolve("admin-token"), "kept-token\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(AdminToken.loadOrCreate(file)).isEqualTo("kept-token");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
