/**
 * Discussions: each network's forum (categories of threads) and the threads about a case story or a
 * lesson, where members ask, answer, mark what helped and accept an answer, and facilitators turn a
 * good exchange into a proposed lesson.
 *
 * <h2>Design decisions</h2>
 *
 * <ul>
 *   <li><b>Replies are records of their own, created once.</b> Their id is minted before the write
 *       (a form's hidden field, the API's {@code Idempotency-Key}) and written create-if-absent, so
 *       a double submit stores one reply; the thread keeps only the count and the time of the last
 *       reply, moved afterwards by a retried read-modify-write, so members replying at the same
 *       moment never overwrite each other.
 *   <li><b>Lists go through the record store's search</b>, not the JNoSQL repository the package
 *       note of {@code platform.record} names for content lists: the forum needs exact totals for
 *       its pager and a pinned-first order, and every list filters on nested fields (the author's
 *       id, what a thread is attached to) that the JNoSQL driver does not query. Replies sort by
 *       creation (to the millisecond) then id, so a reply's page is one more than the replies
 *       before it divided by twenty, for every reader.
 *   <li><b>Hidden, held and deleted posts keep their place</b>, so links never shift to another
 *       page; what a reader may not see of them is blanked by the boundary, while the core returns
 *       them to everyone who may read the thread.
 *   <li><b>Moderation decides, discussion asks.</b> Suspensions and pre-moderation come through
 *       {@link org.commonplace.discussion.control.PostingGate}, which the moderation feature
 *       implements; without it everyone posts at once. What happened is announced with {@link
 *       org.commonplace.discussion.entity.PostEvent} after the write, and a failing listener never
 *       fails the post.
 *   <li><b>New members' limits are counted from the stored posts</b>, not in memory, so two portal
 *       instances agree; facilitators and members past their first days are not limited.
 *   <li><b>Lessons rest on threads</b> through {@link org.commonplace.lesson.control.ThreadBasis},
 *       which this feature implements, so the lesson feature never imports discussions.
 * </ul>
 */
package org.commonplace.discussion;
