package org.commonplace.transfer;

import java.io.PrintStream;

/**
 * A progress bar on the console: redrawn in place on a terminal, and as a line at every tenth of
 * the work when the output is a file or a build log, so a log is not flooded.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String what;
  private final int total;
  private final boolean terminal;
  private int done;
  private int lastTenth;

  ProgressBar(PrintStream out, String what, int total, boolean terminal) {
    this.out = out;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
  }

  void step() {
    done++;
    if (terminal) {
      out.print("\r" + line(done));
      if (done == total) {
        out.println();
      }
    } else {
      int tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println(line(done));
      }
    }
    out.flush();
  }

  /** {@code Importing [########## ] 12/36 stories}. */
  String line(int count) {
    int filled = total == 0 ? WIDTH : count * WIDTH / total;
    return what
        + " ["
        + "#".repeat(filled)
        + " ".repeat(WIDTH - filled)
        + "] "
        + count
        + "/"
        + total
        + " stories";
  }
}
