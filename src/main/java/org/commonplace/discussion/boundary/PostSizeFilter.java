package org.commonplace.discussion.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/**
 * Refuses a post's request that is far larger than any post may be before it is read: by its
 * Content-Length when it has one, else by counting as it is read. Below this bound the body is read
 * once and its characters counted exactly by the post rules (400 naming both sizes); above it, 413
 * naming the limit and the bytes sent, and nothing is held in memory.
 */
@Provider
public class PostSizeFilter implements ContainerRequestFilter {

  /** 20,000 characters of up to four UTF-8 bytes each, JSON escapes and the other fields. */
  static final long MAX_BYTES = DiscussionThread.BODY_LIMIT * 4L + 16_384;

  private static final List<String> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT);

  @Override
  public void filter(ContainerRequestContext context) {
    String path = context.getUriInfo().getPath();
    if (!WRITES.contains(context.getMethod())
        || !path.replaceFirst("^/", "").startsWith("threads")) {
      return;
    }
    long length = context.getLength();
    if (length > MAX_BYTES) {
      context.abortWith(tooLarge(length));
      return;
    }
    if (length < 0) {
      context.setEntityStream(new Bounded(context.getEntityStream()));
    }
  }

  static Response tooLarge(long bytes) {
    return Problem.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            Messages.text(
                Locale.ENGLISH, "thread.api.tooLarge", DiscussionThread.BODY_LIMIT, bytes))
        .toResponse();
  }

  /** Stops reading a body of unknown length once it passes the bound. */
  private static final class Bounded extends FilterInputStream {

    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(tooLarge(read));
      }
    }
  }
}
