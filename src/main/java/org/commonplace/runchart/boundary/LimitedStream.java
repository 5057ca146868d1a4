package org.commonplace.runchart.boundary;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a number of bytes, then fails and remembers that it did. */
final class LimitedStream extends FilterInputStream {

  private long left;
  private boolean exceeded;

  LimitedStream(InputStream in, long limit) {
    super(in);
    this.left = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      count(read);
    }
    return read;
  }

  private void count(int bytes) throws IOException {
    left -= bytes;
    if (left < 0) {
      exceeded = true;
      throw new IOException("More bytes than the limit");
    }
  }
}
