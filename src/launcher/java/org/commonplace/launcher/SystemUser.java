package org.commonplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unprivileged account Elasticsearch runs as when we are root, because it refuses to run as
 * root ("can not run elasticsearch as root").
 */
final class SystemUser {

  static final String NAME = "commonplace-es";

  private SystemUser() {}

  static boolean weAreRoot() {
    try {
      // /proc/self belongs to the effective user; user.name can be inherited from a sudo caller
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Creates the account if missing and lets it read the distribution and own the home. */
  static void provision(Path distribution, Path home) throws LaunchException {
    if (run("id", "-u", NAME).status() != 0) {
      runOrFail("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME);
    }
    makeAncestorsTraversable(List.of(distribution, home));
    makeReadable(distribution);
    runOrFail("chown", "-R", NAME + ":", home.toString());
  }

  /** The command that runs {@code command} as this user with exactly these extra variables. */
  static List<String> runAs(List<String> command, Map<String, String> environment) {
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", NAME, "--", "env"));
    environment.forEach((name, value) -> wrapped.add(name + "=" + value));
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * Adds o+x (traverse, not list) to every ancestor that lacks it, such as root's 0700 home:
   * otherwise the account cannot reach the directories even when it owns them.
   */
  private static void makeAncestorsTraversable(List<Path> directories) throws LaunchException {
    Set<Path> changed = new LinkedHashSet<>();
    for (Path directory : directories) {
      for (Path ancestor = directory.getParent();
          ancestor != null;
          ancestor = ancestor.getParent()) {
        try {
          Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(ancestor);
          if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(ancestor, permissions);
            changed.add(ancestor);
          }
        } catch (IOException e) {
          throw new LaunchException(LauncherMessages.cannotGrantAccess(ancestor, NAME, e));
        }
      }
    }
    if (!changed.isEmpty()) {
      System.out.println(LauncherMessages.madeTraversable(changed, NAME));
    }
  }

  /** a+rX: the distribution was unpacked by root, and its config files are 0660. */
  private static void makeReadable(Path distribution) throws LaunchException {
    try {
      Files.walkFileTree(
          distribution,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                throws IOException {
              grantRead(dir, true);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              if (attributes.isRegularFile()) {
                grantRead(file, false);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotGrantAccess(distribution, NAME, e));
    }
  }

  private static void grantRead(Path path, boolean directory) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    Set<PosixFilePermission> wanted = EnumSet.noneOf(PosixFilePermission.class);
    wanted.addAll(permissions);
    wanted.addAll(
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ));
    if (directory || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
      wanted.addAll(
          EnumSet.of(
              PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_EXECUTE));
    }
    if (!wanted.equals(permissions)) {
      Files.setPosixFilePermissions(path, wanted);
    }
  }

  private static void runOrFail(String... command) throws LaunchException {
    Outcome outcome = run(command);
    if (outcome.status() != 0) {
      throw new LaunchException(
          LauncherMessages.commandFailed(String.join(" ", command), outcome.lastLine()));
    }
  }

  /** Runs a short system command; its last line of output explains a failure. */
  private static Outcome run(String... command) throws LaunchException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String lastLine = output.strip().lines().reduce("", (earlier, later) -> later);
      return new Outcome(process.waitFor(), lastLine);
    } catch (IOException e) {
      throw new LaunchException(
          LauncherMessages.commandFailed(
              String.join(" ", command), String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException(LauncherMessages.interrupted());
    }
  }

  private record Outcome(int status, String lastLine) {}
}
