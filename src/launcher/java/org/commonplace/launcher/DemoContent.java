package org.commonplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a run imports {@code content/}, whose demo accounts (the site admin among them) have the
 * passwords the README publishes: harmless while only this machine reaches the portal, an open door
 * once the network does. The home keeps a note of what was imported into its Elasticsearch data, so
 * an earlier run on loopback cannot leave those accounts behind a portal opened later.
 */
final class DemoContent {

  private static final String IMPORTED = "imported";
  private static final String NOT_IMPORTED = "not imported";

  /** What to do with {@code content/} on this run. */
  enum Plan {
    /** Import it (stories already present are skipped, as always). */
    IMPORT,
    /** Start without it: the portal is open to the network and the home holds no demo account. */
    SKIP,
    /** Do not start: the portal would be open to the network with demo accounts already in it. */
    REFUSE
  }

  /** What a home's Elasticsearch data holds, as far as the launcher knows. */
  enum History {
    FRESH,
    WITHOUT_DEMO_ACCOUNTS,
    WITH_DEMO_ACCOUNTS
  }

  private DemoContent() {}

  /**
   * Decides for this run, says so on the console, and keeps the note. The launcher cannot see into
   * a cluster given with COMMONPLACE_ES_URL, so it keeps a note only about the data in its home.
   *
   * @throws LaunchException when the portal would be open to the network with demo accounts in it
   */
  static Plan planFor(LauncherSettings settings, Path elasticsearchData) throws LaunchException {
    boolean ownData = settings.elasticsearchUrl().isEmpty();
    Path note = settings.home().resolve("demo-accounts");
    History history = ownData ? history(note, Optional.of(elasticsearchData)) : History.FRESH;
    boolean open = !settings.portalHost().loopbackOnly();
    Plan plan = plan(open, settings.demoAccounts(), history);
    if (plan == Plan.REFUSE) {
      throw new LaunchException(
          LauncherMessages.demoAccountsAlreadyThere(settings.portalHost(), settings.home()));
    }
    if (plan == Plan.SKIP) {
      System.out.println(LauncherMessages.demoContentSkipped(settings.portalHost()));
    } else if (open) {
      System.out.println(LauncherMessages.demoAccountsOpen(settings.portalHost()));
    }
    if (ownData) {
      record(note, plan, history);
    }
    return plan;
  }

  static Plan plan(boolean reachableFromNetwork, boolean demoAccountsAllowed, History history) {
    if (!reachableFromNetwork || demoAccountsAllowed) {
      return Plan.IMPORT;
    }
    return history == History.WITH_DEMO_ACCOUNTS ? Plan.REFUSE : Plan.SKIP;
  }

  /**
   * Reads the home's note. Without one, Elasticsearch data in the home comes from a run before the
   * note existed, and every such run imported the demo content.
   *
   * @param elasticsearchData the home's data directory; empty when the cluster is someone else's,
   *     which the launcher cannot see into
   */
  static History history(Path note, Optional<Path> elasticsearchData) throws LaunchException {
    try {
      if (Files.exists(note)) {
        String text = Files.readString(note, StandardCharsets.UTF_8).strip();
        return text.equals(NOT_IMPORTED)
            ? History.WITHOUT_DEMO_ACCOUNTS
            : History.WITH_DEMO_ACCOUNTS;
      }
      if (elasticsearchData.isPresent() && holdsAnything(elasticsearchData.get())) {
        return History.WITH_DEMO_ACCOUNTS;
      }
      return History.FRESH;
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotKeepNote(note, e));
    }
  }

  /** Notes what this run does to the data, before the portal starts doing it. */
  static void record(Path note, Plan plan, History history) throws LaunchException {
    if (plan == Plan.REFUSE || (plan == Plan.SKIP && history != History.FRESH)) {
      return;
    }
    try {
      Files.createDirectories(note.toAbsolutePath().getParent());
      Files.writeString(
          note,
          (plan == Plan.IMPORT ? IMPORTED : NOT_IMPORTED) + System.lineSeparator(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotKeepNote(note, e));
    }
  }

  private static boolean holdsAnything(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isPresent();
    }
  }
}
