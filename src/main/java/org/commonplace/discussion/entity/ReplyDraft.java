package org.commonplace.discussion.entity;

/**
 * What a member sends to reply to a thread.
 *
 * @param id minted when the form was rendered (or the API's idempotency key), so a second submit of
 *     the same form finds the reply already stored; null for a fresh one
 * @param quotedReplyId the reply the body quotes, or null
 */
public record ReplyDraft(
    String id, String body, String quotedReplyId, boolean identifiersConfirmed) {}
