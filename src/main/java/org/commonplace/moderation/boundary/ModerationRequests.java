package org.commonplace.moderation.boundary;

/** The small JSON bodies of flagging and deciding (actions take {@code ActionRequest}). */
public final class ModerationRequests {

  private ModerationRequests() {}

  /** Why a member flags a post: a {@code FlagReason} name, and a note (required for OTHER). */
  public record FlagRequest(String reason, String note) {}

  /** A facilitator's decision on a post's flags: UPHELD or DISMISSED, and why. */
  public record DecisionRequest(String outcome, String note) {}
}
