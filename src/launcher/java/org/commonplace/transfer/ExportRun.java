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
import java.util.Map;
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

    /** The lessons learned; none from a portal that has none. */
    default List<String> lessonIds() throws TransferException {
      return List.of();
    }

    default String lessonFile(String id) throws TransferException {
      throw new TransferException("No lesson " + id);
    }

    /** The networks with a shared narrative; none from a portal that has none. */
    default List<String> narrativeIds() throws TransferException {
      return List.of();
    }

    /** Each version's file of one network's narrative, by its number. */
    default Map<String, String> narrativeFiles(String networkId) throws TransferException {
      throw new TransferException("No narrative of " + networkId);
    }
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

      @Override
      public List<String> lessonIds() throws TransferException {
        return portal.lessonIds();
      }

      @Override
      public String lessonFile(String id) throws TransferException {
        return portal.lessonFile(id);
      }

      @Override
      public List<String> narrativeIds() throws TransferException {
        return portal.narrativeIds();
      }

      @Override
      public Map<String, String> narrativeFiles(String networkId) throws TransferException {
        return portal.narrativeFiles(networkId);
      }
    };
  }

  /**
   * Every story to {@code stories/}, every lesson to {@code lessons/} and every narrative's
   * versions to {@code narratives/<network>/}: all fetched first, then moved into place.
   *
   * @return the files written
   */
  public List<Path> run(Path content) throws TransferException {
    List<String> ids = source.storyIds();
    List<String> lessons = source.lessonIds();
    List<String> narratives = source.narrativeIds();
    List<Path> stagings = new ArrayList<>();
    try {
      List<Path[]> staged = new ArrayList<>();
      Path folder = content.resolve("stories");
      Path staging = staging(folder, stagings);
      ProgressBar progress = new ProgressBar(out, "Exporting", ids.size(), terminal);
      for (String id : ids) {
        staged.add(stage(staging, folder, id + ".md", source.storyFile(id)));
        progress.step();
      }
      if (!lessons.isEmpty()) {
        Path lessonFolder = content.resolve("lessons");
        Path lessonStaging = staging(lessonFolder, stagings);
        for (String id : lessons) {
          staged.add(stage(lessonStaging, lessonFolder, id + ".md", source.lessonFile(id)));
        }
      }
      for (String network : narratives) {
        Path networkFolder = content.resolve("narratives").resolve(network);
        Path networkStaging = staging(networkFolder, stagings);
        for (Map.Entry<String, String> version : source.narrativeFiles(network).entrySet()) {
          staged.add(
              stage(networkStaging, networkFolder, version.getKey() + ".md", version.getValue()));
        }
      }
      List<Path> written = new ArrayList<>();
      for (Path[] file : staged) {
        written.add(move(file[0], file[1]));
      }
      return written;
    } finally {
      stagings.forEach(ExportRun::delete);
    }
  }

  /** Writes one file into its staging folder; returns where it is and where it goes. */
  private static Path[] stage(Path staging, Path folder, String name, String text)
      throws TransferException {
    Path file = staging.resolve(name);
    write(file, text);
    return new Path[] {file, folder.resolve(name)};
  }

  private static Path staging(Path folder, List<Path> stagings) throws TransferException {
    Path staging = staging(folder);
    stagings.add(staging);
    return staging;
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
