package org.commonplace.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes every story of the running portal to {@code DIR/stories/<id>.md} in the canonical format.
 * Every file is fetched into a temporary folder beside the target first; only when all are there is
 * each moved into place, so a folder that cannot be written to, or a portal that fails half way,
 * leaves nothing half-written.
 */
public final class ExportRun {

  /** Where the stories come from: the portal, or a stand-in in tests. */
  public interface Source {

    List<String> storyIds() throws TransferException;

    String storyFile(String id) throws TransferException;
  }

  private final Source source;
  private final PrintStream out;
  private final boolean terminal;

  public ExportRun(Source source, PrintStream out, boolean terminal) {
    this.source = source;
    this.out = out;
    this.terminal = terminal;
  }

  public static Source of(PortalApi portal) {
    return new Source() {
      @Override
      public List<String> storyIds() throws TransferException {
        return portal.storyIds();
      }

      @Override
      public String storyFile(String id) throws TransferException {
        return portal.storyFile(id);
      }
    };
  }

  /**
   * @return the files written
   */
  public List<Path> run(Path content) throws TransferException {
    Path folder = content.resolve("stories");
    List<String> ids = source.storyIds();
    Path staging = staging(folder);
    try {
      ProgressBar progress = new ProgressBar(out, "Exporting", ids.size(), terminal);
      List<Path> staged = new ArrayList<>();
      for (String id : ids) {
        Path file = staging.resolve(id + ".md");
        write(file, source.storyFile(id));
        staged.add(file);
        progress.step();
      }
      List<Path> written = new ArrayList<>();
      for (Path file : staged) {
        written.add(move(file, folder.resolve(file.getFileName())));
      }
      return written;
    } finally {
      delete(staging);
    }
  }

  /** The temporary folder, on the target's file system so each move is a rename. */
  private static Path staging(Path folder) throws TransferException {
    try {
      Files.createDirectories(folder);
      return Files.createTempDirectory(folder, ".export-");
    } catch (IOException | UnsupportedOperationException e) {
      throw new TransferException(
          "Cannot write to "
              + folder
              + " ("
              + reason(e)
              + "): choose a folder you may write to with -Dcontent=DIR. Nothing was written.");
    }
  }

  private static void write(Path file, String text) throws TransferException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TransferException(
          "Cannot write " + file + " (" + reason(e) + "). Nothing was written.");
    }
  }

  private static Path move(Path from, Path to) throws TransferException {
    try {
      try {
        return Files.move(
            from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new TransferException("Cannot write " + to + " (" + reason(e) + ")");
    }
  }

  private static void delete(Path staging) {
    try (Stream<Path> leftovers = Files.walk(staging)) {
      leftovers.sorted(Comparator.reverseOrder()).forEach(ExportRun::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is named .export-...; it holds nothing anyone reads
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reason(Exception e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
