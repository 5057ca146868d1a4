package org.commonplace.discussion.boundary;

/** The JSON a caller sends to reply, or to change their reply's text. */
public class ReplyRequest {

  public String body;
  public String quotedReplyId;
  public boolean identifiersConfirmed;
}
