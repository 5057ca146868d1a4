package org.commonplace.content.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.content.entity.ImportReport;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * Collects what an import did. A bad file or row becomes a problem naming it, and the import goes
 * on with the rest.
 */
public class ImportLog {

  private final List<String> imported = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  public void imported(String what) {
    imported.add(what);
  }

  public void skipped(String what) {
    skipped.add(what);
  }

  public void problem(String what) {
    problems.add(what);
  }

  public void attempt(Path file, Runnable work) {
    attempt(file.getFileName().toString(), work);
  }

  /**
   * Runs one file's work; its problems are noted (each with {@code folder} before the file's name
   * when the file lives in a folder of the content folder) and the import goes on.
   */
  public void attempt(String what, Runnable work) {
    String folder = what.endsWith("/") ? what : "";
    try {
      work.run();
    } catch (MalformedContentException e) {
      e.problems().forEach(problem -> problems.add(folder + problem));
    } catch (InvalidInputException e) {
      problems.add(what + ": " + e.getMessage());
    }
  }

  public ImportReport report() {
    return new ImportReport(List.copyOf(imported), List.copyOf(skipped), List.copyOf(problems));
  }
}
