package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;

/** A changed copy of a reply, naming only what changes (see {@link ThreadBuilder}). */
public final class ReplyBuilder {

  private String id;
  private String threadId;
  private String networkId;
  private String body;
  private Author postedBy;
  private Instant created;
  private Instant edited;
  private String quotedReplyId;
  private List<String> mentionIds;
  private List<String> helpfulBy;
  private PostState state;
  private String hiddenReason;

  private ReplyBuilder() {}

  public static ReplyBuilder from(Reply value) {
    ReplyBuilder b = new ReplyBuilder();
    b.id = value.id();
    b.threadId = value.threadId();
    b.networkId = value.networkId();
    b.body = value.body();
    b.postedBy = value.postedBy();
    b.created = value.created();
    b.edited = value.edited();
    b.quotedReplyId = value.quotedReplyId();
    b.mentionIds = value.mentionIds();
    b.helpfulBy = value.helpfulBy();
    b.state = value.state();
    b.hiddenReason = value.hiddenReason();
    return b;
  }

  public ReplyBuilder id(String id) {
    this.id = id;
    return this;
  }

  public ReplyBuilder threadId(String threadId) {
    this.threadId = threadId;
    return this;
  }

  public ReplyBuilder networkId(String networkId) {
    this.networkId = networkId;
    return this;
  }

  public ReplyBuilder body(String body) {
    this.body = body;
    return this;
  }

  public ReplyBuilder postedBy(Author postedBy) {
    this.postedBy = postedBy;
    return this;
  }

  public ReplyBuilder created(Instant created) {
    this.created = created;
    return this;
  }

  public ReplyBuilder edited(Instant edited) {
    this.edited = edited;
    return this;
  }

  public ReplyBuilder quotedReplyId(String quotedReplyId) {
    this.quotedReplyId = quotedReplyId;
    return this;
  }

  public ReplyBuilder mentionIds(List<String> mentionIds) {
    this.mentionIds = mentionIds;
    return this;
  }

  public ReplyBuilder helpfulBy(List<String> helpfulBy) {
    this.helpfulBy = helpfulBy;
    return this;
  }

  public ReplyBuilder state(PostState state) {
    this.state = state;
    return this;
  }

  public ReplyBuilder hiddenReason(String hiddenReason) {
    this.hiddenReason = hiddenReason;
    return this;
  }

  public Reply build() {
    return new Reply(
        id,
        threadId,
        networkId,
        body,
        postedBy,
        created,
        edited,
        quotedReplyId,
        mentionIds,
        helpfulBy,
        state,
        hiddenReason);
  }
}
