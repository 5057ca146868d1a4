package org.commonplace.transfer;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports {@code DIR/stories/*.md} into the running portal, one file at a time with the CSV files
 * named after it, and tells what became of each: imported, already there, or its problems with
 * their path and line.
 */
public final class ImportRun {

  /** What an import did. */
  public record Report(List<String> imported, List<String> skipped, List<String> problems) {}

  private final PortalApi portal;
  private final PrintStream out;
  private final boolean terminal;

  public ImportRun(PortalApi portal, PrintStream out, boolean terminal) {
    this.portal = portal;
    this.out = out;
    this.terminal = terminal;
  }

  public Report run(Path content) throws TransferException {
    Path folder = content.resolve("stories");
    if (!Files.isDirectory(folder)) {
      throw new TransferException("There is no folder " + folder + " to import stories from.");
    }
    List<Path> files = files(folder, ".md");
    List<String> imported = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ProgressBar progress = new ProgressBar(out, "Importing", files.size(), terminal);
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - 3);
      String text;
      Map<String, String> csv;
      try {
        text = read(file);
        csv = csvFiles(folder, id);
      } catch (TransferException unreadable) {
        problems.add(unreadable.getMessage());
        progress.step();
        continue;
      }
      PortalApi.Answer answer = portal.importStory(id, text, csv);
      switch (answer.status()) {
        case 201 -> imported.add(id);
        case 200 -> skipped.add(id);
        case 400 -> problems.addAll(problems(folder, answer));
        case 404 -> problems.add(file + ": the file name cannot become a story id");
        default -> problems.add(file + ": the portal answered HTTP " + answer.status());
      }
      progress.step();
    }
    return new Report(List.copyOf(imported), List.copyOf(skipped), List.copyOf(problems));
  }

  /** The portal names the file and line; the path of the folder makes it one to open. */
  private static List<String> problems(Path folder, PortalApi.Answer answer) {
    JsonObject problem = answer.json();
    if (!problem.containsKey("errors") || problem.getJsonArray("errors").isEmpty()) {
      return List.of(folder + ": " + problem.getString("detail", answer.body()));
    }
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> folder + java.io.File.separator + error.getString("message"))
        .toList();
  }

  /** The CSV files beside the story whose names start with its id: what it may name. */
  private static Map<String, String> csvFiles(Path folder, String id) throws TransferException {
    Map<String, String> csv = new LinkedHashMap<>();
    for (Path file : files(folder, ".csv")) {
      String name = file.getFileName().toString();
      if (name.startsWith(id + ".")) {
        csv.put(name, read(file));
      }
    }
    return csv;
  }

  static List<Path> files(Path folder, String extension) throws TransferException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(extension))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new TransferException("Cannot list " + folder + ": " + e.getMessage());
    }
  }

  private static String read(Path file) throws TransferException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TransferException("Cannot read " + file + ": " + e.getMessage());
    }
  }
}
