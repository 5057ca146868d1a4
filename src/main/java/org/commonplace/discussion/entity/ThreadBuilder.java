package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.story.entity.Language;

/**
 * A changed copy of a thread, naming only what changes: {@code ThreadBuilder.from(t).locked(true)
 * .build()}. Moderation and the discussion core both change threads; one builder keeps the record's
 * twenty-one fields listed once.
 */
public final class ThreadBuilder {

  private String id;
  private String networkId;
  private String categoryId;
  private About attachedTo;
  private String title;
  private String body;
  private List<String> tags;
  private Language language;
  private Author postedBy;
  private Instant created;
  private Instant edited;
  private Instant lastActivityAt;
  private int replyCount;
  private String acceptedReplyId;
  private PostState state;
  private String hiddenReason;
  private boolean locked;
  private boolean pinned;
  private String mergedInto;
  private List<String> mentionIds;
  private List<String> helpfulBy;

  private ThreadBuilder() {}

  public static ThreadBuilder from(DiscussionThread value) {
    ThreadBuilder b = new ThreadBuilder();
    b.id = value.id();
    b.networkId = value.networkId();
    b.categoryId = value.categoryId();
    b.attachedTo = value.attachedTo();
    b.title = value.title();
    b.body = value.body();
    b.tags = value.tags();
    b.language = value.language();
    b.postedBy = value.postedBy();
    b.created = value.created();
    b.edited = value.edited();
    b.lastActivityAt = value.lastActivityAt();
    b.replyCount = value.replyCount();
    b.acceptedReplyId = value.acceptedReplyId();
    b.state = value.state();
    b.hiddenReason = value.hiddenReason();
    b.locked = value.locked();
    b.pinned = value.pinned();
    b.mergedInto = value.mergedInto();
    b.mentionIds = value.mentionIds();
    b.helpfulBy = value.helpfulBy();
    return b;
  }

  public ThreadBuilder id(String id) {
    this.id = id;
    return this;
  }

  public ThreadBuilder networkId(String networkId) {
    this.networkId = networkId;
    return this;
  }

  public ThreadBuilder categoryId(String categoryId) {
    this.categoryId = categoryId;
    return this;
  }

  public ThreadBuilder attachedTo(About attachedTo) {
    this.attachedTo = attachedTo;
    return this;
  }

  public ThreadBuilder title(String title) {
    this.title = title;
    return this;
  }

  public ThreadBuilder body(String body) {
    this.body = body;
    return this;
  }

  public ThreadBuilder tags(List<String> tags) {
    this.tags = tags;
    return this;
  }

  public ThreadBuilder language(Language language) {
    this.language = language;
    return this;
  }

  public ThreadBuilder postedBy(Author postedBy) {
    this.postedBy = postedBy;
    return this;
  }

  public ThreadBuilder created(Instant created) {
    this.created = created;
    return this;
  }

  public ThreadBuilder edited(Instant edited) {
    this.edited = edited;
    return this;
  }

  public ThreadBuilder lastActivityAt(Instant lastActivityAt) {
    this.lastActivityAt = lastActivityAt;
    return this;
  }

  public ThreadBuilder replyCount(int replyCount) {
    this.replyCount = replyCount;
    return this;
  }

  public ThreadBuilder acceptedReplyId(String acceptedReplyId) {
    this.acceptedReplyId = acceptedReplyId;
    return this;
  }

  public ThreadBuilder state(PostState state) {
    this.state = state;
    return this;
  }

  public ThreadBuilder hiddenReason(String hiddenReason) {
    this.hiddenReason = hiddenReason;
    return this;
  }

  public ThreadBuilder locked(boolean locked) {
    this.locked = locked;
    return this;
  }

  public ThreadBuilder pinned(boolean pinned) {
    this.pinned = pinned;
    return this;
  }

  public ThreadBuilder mergedInto(String mergedInto) {
    this.mergedInto = mergedInto;
    return this;
  }

  public ThreadBuilder mentionIds(List<String> mentionIds) {
    this.mentionIds = mentionIds;
    return this;
  }

  public ThreadBuilder helpfulBy(List<String> helpfulBy) {
    this.helpfulBy = helpfulBy;
    return this;
  }

  public DiscussionThread build() {
    return new DiscussionThread(
        id,
        networkId,
        categoryId,
        attachedTo,
        title,
        body,
        tags,
        language,
        postedBy,
        created,
        edited,
        lastActivityAt,
        replyCount,
        acceptedReplyId,
        state,
        hiddenReason,
        locked,
        pinned,
        mergedInto,
        mentionIds,
        helpfulBy);
  }
}
