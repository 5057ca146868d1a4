package org.commonplace.discussion.control;

import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.record.Versioned;

/** The reply changed since the version the edit was based on: nothing was written. */
public class ReplyChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Versioned<Reply> current;

  public ReplyChangedMeanwhileException(Versioned<Reply> current) {
    super("Reply " + current.id() + " is at version " + current.version());
    this.current = current;
  }

  public Versioned<Reply> current() {
    return current;
  }
}
