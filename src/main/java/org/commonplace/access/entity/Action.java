package org.commonplace.access.entity;

/** Everything a person can ask the portal to do that needs a decision. */
public enum Action {
  /**
   * Read a network's material: its stories and who belongs to it. In a members-only network, for
   * its members only.
   */
  READ,
  /**
   * See a network's name and description, so that anyone signed in can find it and ask to join;
   * nothing more of a members-only network.
   */
  SEE_NETWORK_PROFILE,
  /** Write or publish a story in a network. */
  CONTRIBUTE,
  /**
   * Change a story: a draft by its author only; a published story by its author and co-authors
   * while they belong to its network, each save kept as a revision (restoring one is an edit too).
   * Nobody edits a withdrawn story.
   */
  EDIT_STORY,
  /**
   * Confirm or change the evidence level a story's tellers proposed: its network's facilitators.
   */
  CONFIRM_EVIDENCE,
  /**
   * Take a published story out of lists and search, keeping its record: its author or a
   * facilitator.
   */
  WITHDRAW_STORY,
  /**
   * Remove a passage from a story and every kept version of it, as when it identifies a patient:
   * the network's facilitators and site admins; recorded in the audit log.
   */
  REDACT,
  /**
   * Change a lesson learned: its proposer while it is only proposed, and its network's facilitators
   * while it is not retired (the lesson's own rules refuse the rest). Proposing one is {@link
   * #CONTRIBUTE}.
   */
  EDIT_LESSON,
  /**
   * Validate a proposed lesson (with a note and an evidence level) and confirm later that a
   * validated one still holds: its network's facilitators.
   */
  VALIDATE_LESSON,
  /**
   * Retire a lesson, with a reason and the lesson replacing it if any: its network's facilitators.
   */
  RETIRE_LESSON,
  /**
   * Record "we applied this" on a lesson: any member who may read it, from any network, since a
   * lesson travelling to another organisation is the point.
   */
  APPLY_LESSON,
  /**
   * Save a new version of a network's shared narrative: its facilitators and the members they
   * allow.
   */
  EDIT_NARRATIVE,
  /** Choose which members may edit a network's narrative: its facilitators. */
  MANAGE_NARRATIVE_EDITORS,
  /**
   * Endorse a version of a network's narrative for one's organisation: members of the network; the
   * narrative feature checks that they hold the leader role in that organisation.
   */
  ENDORSE_NARRATIVE,
  /** Mark a post helpful: any signed-in member who may read it. */
  REACT_TO_POST,
  /** Follow a thread, a story, a forum category, a tag or a network: anyone who may read it. */
  FOLLOW,
  /**
   * Flag a post to the network's facilitators: anyone who may read it (the moderation rules refuse
   * flagging one's own post).
   */
  FLAG_POST,
  /** Mark a reply as a thread's answer: the thread's author while a member, or a facilitator. */
  ACCEPT_ANSWER,
  /**
   * Change a post: its author while a member of the network, or a facilitator (who gives a reason,
   * and the original is kept and logged).
   */
  EDIT_POST,
  /**
   * Keep a network's discussions healthy: the review queue, hide and restore, lock, pin, move,
   * merge, approve held posts, the dashboard: its facilitators.
   */
  MODERATE,
  /** Keep a member from posting in a network for a time: its facilitators. */
  SUSPEND_MEMBER,
  /** Set a network's forum categories and whether new members' posts wait for approval. */
  MANAGE_FORUM,
  /** Turn a thread or one of its replies into a proposed lesson learned: facilitators. */
  PROMOTE_TO_LESSON,
  /** Issue invitation codes into a network. */
  INVITE,
  /** Create and change networks, and give members their roles in them. */
  MANAGE_NETWORKS,
  /** Create and change organisations. */
  MANAGE_ORGANISATIONS,
  /** Read the sign-in audit log. */
  READ_AUDIT_LOG,
  /** Rebuild the search index, import content again. */
  OPERATE,
  /** Search the member directory and read profiles. */
  USE_DIRECTORY,
  /**
   * Analyse a series of values as a run chart through the API (median, runs, signals): a
   * computation on what the caller sends that reads nothing stored, offered to members.
   */
  ANALYSE_RUN_CHART,
  /** Change one's own password, second factor and profile; list and revoke one's API tokens. */
  MANAGE_OWN_ACCOUNT,
  /**
   * Create a personal API token: only in a session the sign-in pages started, never with a token,
   * so that a leaked token cannot mint further tokens that outlive its revocation.
   */
  CREATE_API_TOKEN
}
