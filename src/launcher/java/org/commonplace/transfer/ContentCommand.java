package org.commonplace.transfer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mvn -Pimport -Dcontent=DIR} and {@code mvn -Pexport -Dcontent=DIR}: the content commands
 * against a running portal ({@code -Dportal=URL}, default http://127.0.0.1:8080/), with the
 * operator token from {@code $COMMONPLACE_HOME/admin-token} ({@code -Dtoken.file=FILE}).
 */
public final class ContentCommand {

  private ContentCommand() {}

  /** Ends with exit code 1 when a file had problems, 2 when the command could not run. */
  public static void main(String[] args) {
    int code;
    try {
      code = run(args.length == 0 ? "" : args[0], System.getProperties(), System.getenv());
    } catch (TransferException e) {
      System.err.println(e.getMessage());
      code = 2;
    }
    if (code != 0) {
      // Maven's own JVM: only a failure ends it early, so a script sees the exit code
      System.exit(code);
    }
  }

  static int run(String command, Map<Object, Object> properties, Map<String, String> environment)
      throws TransferException {
    Path content = Path.of(required(properties, "content"));
    PortalApi portal =
        new PortalApi(portal(properties, environment), token(properties, environment));
    boolean terminal = System.console() != null;
    switch (command) {
      case "import" -> {
        ImportRun.Report report = new ImportRun(portal, System.out, terminal).run(content);
        System.out.printf(
            "Imported %d stories; %d were there already; %d problems.%n",
            report.imported().size(), report.skipped().size(), report.problems().size());
        report.problems().forEach(System.out::println);
        return report.problems().isEmpty() ? 0 : 1;
      }
      case "export" -> {
        List<Path> written = new ExportRun(ExportRun.of(portal), System.out, terminal).run(content);
        System.out.printf(
            "Exported %d files (stories, lessons, narratives) to %s.%n", written.size(), content);
        return 0;
      }
      default -> throw new TransferException("Say import or export, not \"" + command + "\".");
    }
  }

  private static String required(Map<Object, Object> properties, String key)
      throws TransferException {
    Object value = properties.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new TransferException("Say which content folder: -D" + key + "=DIR");
    }
    return value.toString().strip();
  }

  static URI portal(Map<Object, Object> properties, Map<String, String> environment) {
    String address =
        Optional.ofNullable(properties.get("portal"))
            .map(Object::toString)
            .filter(s -> !s.isBlank())
            .orElseGet(
                () ->
                    "http://127.0.0.1:"
                        + Optional.ofNullable(environment.get("COMMONPLACE_PORT")).orElse("8080")
                        + "/");
    return URI.create(address.endsWith("/") ? address : address + "/");
  }

  /** The operator token's file: -Dtoken.file, else admin-token in the portal's home. */
  static Path tokenFile(Map<Object, Object> properties, Map<String, String> environment) {
    return Optional.ofNullable(properties.get("token.file"))
        .map(Object::toString)
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(
            () ->
                Optional.ofNullable(properties.get("commonplace.home"))
                    .map(Object::toString)
                    .or(() -> Optional.ofNullable(environment.get("COMMONPLACE_HOME")))
                    .map(Path::of)
                    .orElse(Path.of(String.valueOf(properties.get("user.home")), ".commonplace"))
                    .resolve("admin-token"));
  }

  private static String token(Map<Object, Object> properties, Map<String, String> environment)
      throws TransferException {
    Path file = tokenFile(properties, environment);
    try {
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) {
        throw new TransferException("The operator token file " + file + " is empty.");
      }
      return token;
    } catch (IOException e) {
      throw new TransferException(
          "Cannot read the operator token from "
              + file
              + ": start the portal with mvn -Prun once (it makes the file), or give"
              + " -Dtoken.file=FILE.");
    }
  }
}
