package org.commonplace.moderation.entity;

/**
 * A facilitator's action as asked for, in one vocabulary for every action: which post or member,
 * why, and what the action needs (a new body, a passage, a category, a thread to merge into, an end
 * date). Fields an action does not use are ignored.
 *
 * @param networkId for a suspension without a thread: the network the member is kept from
 * @param until a date (to the end of that day) or an instant, for a suspension
 */
public record ActionRequest(
    String action,
    String threadId,
    String replyId,
    String memberId,
    String networkId,
    String reason,
    String body,
    String passage,
    String categoryId,
    String intoThreadId,
    String until) {}
