package org.commonplace.discussion.boundary;

/** Which reply answers the thread ({@code PUT /answer}), or holds the lesson ({@code /lesson}). */
public class AnswerRequest {

  public String replyId;
}
