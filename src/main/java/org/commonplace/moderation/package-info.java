/**
 * Moderation of a network's discussions: members flag posts, flags land in the network's review
 * queue, facilitators decide them and act on posts, threads and members, and every action is kept
 * in the network's moderation log. The discussion feature learns what moderation decides about a
 * member about to post through {@link org.commonplace.discussion.control.PostingGate}, which {@code
 * control.ModerationGate} implements; moderation writes thread and reply records through the record
 * store and never calls the discussion's boundary.
 *
 * <h2>Design decisions</h2>
 *
 * <ul>
 *   <li><b>A flag is created once.</b> Its id is the post's and the flagger's, written with
 *       create-if-absent: a second flag by the same member finds the first (409), whatever the
 *       timing. Flagging one's own post is refused as a rule of moderation (422), not as a missing
 *       permission: the member may flag, just not that post.
 *   <li><b>Flags hide on their own when waiting would harm.</b> Patient information and unsafe
 *       clinical advice hide the post at once; otherwise three different members with open flags
 *       do. Such a hide is logged with the actor "flags" and the flag reason, and its hidden reason
 *       is the reason's name, which is how a dismissal knows to show the post again (a
 *       facilitator's own hide carries their words and stays).
 *   <li><b>A decision is about the post.</b> Deciding one flag decides every open flag on the same
 *       post, and every flagger hears the outcome.
 *   <li><b>The log is written first.</b> Each action appends its entry (created under a fresh id,
 *       never replaced) before the change is applied, and the change is a read-modify-write retried
 *       until no concurrent write is lost. So no change is ever unlogged; a failure in between (the
 *       store gone mid-action) leaves an entry for an action that did not take effect, which the
 *       facilitator sees as an error and repeats (a repeat of a done action is refused as "no
 *       change", so nothing is applied twice). The log may over-report; it never under-reports.
 *   <li><b>Redaction reaches every copy.</b> The passage leaves the post (and a thread's title),
 *       every kept revision of it, and the earlier log entries about it: the one time log entries
 *       are rewritten, because the log must not be where patient information survives. The new
 *       entry shows "[redacted]" where the passage was.
 *   <li><b>Moves and merges stay in the network.</b> A thread belongs to its network's members;
 *       naming another network is refused (403) even for a facilitator of both.
 *   <li><b>A merge closes the duplicate first.</b> It is marked DELETED with {@code mergedInto}
 *       before its posts move, so no reply lands in it meanwhile; its opening post becomes a reply
 *       of the target, its replies move keeping ids and times, and the target is recounted from its
 *       records.
 * </ul>
 */
package org.commonplace.moderation;
