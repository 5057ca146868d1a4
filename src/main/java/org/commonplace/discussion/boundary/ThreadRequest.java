package org.commonplace.discussion.boundary;

import java.util.List;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.ThreadDraft;

/** The JSON a caller sends to start a thread. Public fields: JSON-B fills them, nothing else. */
public class ThreadRequest {

  public String networkId;
  public String categoryId;
  public String title;
  public String body;
  public List<String> tags;
  public AttachedTo attachedTo;
  public boolean identifiersConfirmed;

  /** The case story or lesson the thread is about: {@code STORY} or {@code LESSON} and its id. */
  public static class AttachedTo {
    public String kind;
    public String recordId;
  }

  ThreadDraft draft() {
    return new ThreadDraft(networkId, categoryId, about(), title, body, tags, identifiersConfirmed);
  }

  /** An unknown kind is an attachment to nothing that exists, refused like an unknown id. */
  private About about() {
    if (attachedTo == null) {
      return null;
    }
    AboutKind kind = null;
    for (AboutKind k : AboutKind.values()) {
      if (k.name().equalsIgnoreCase(attachedTo.kind == null ? "" : attachedTo.kind.strip())) {
        kind = k;
      }
    }
    return new About(kind, attachedTo.recordId);
  }
}
