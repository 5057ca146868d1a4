/**
 * Following and notifications: members follow threads, forum categories, tags, networks and case
 * stories; they are told in the portal of replies in what they follow, mentions of them, their
 * replies accepted as answers, what facilitators did with their posts and the outcome of their
 * flags; and they are mailed those notifications at once, daily, weekly or never.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li><b>One arrow.</b> This feature listens to the discussion's {@code PostEvent} and
 *       moderation's {@code ModerationEvent} and reads threads and replies by id; nobody imports
 *       it. The observer hands each event to a managed executor, so a post is answered at once
 *       however many follow the thread, and nothing here can make a post fail.
 *   <li><b>Who is told</b> is a pure rule ({@code PostAudiences}, {@code Audience}): each member
 *       once per event with the strongest reason (a mention in a followed thread is one mention),
 *       never whoever acted, and only members who may read the thread now (checked with the access
 *       policy for each, so a mention of someone outside a members-only network tells them
 *       nothing). Starting a thread or replying to one follows it. Following a category, tag,
 *       network or story tells of new threads there; following a thread, of its replies. A story's
 *       author and co-authors follow it without a record. A post held for approval tells no one
 *       until it is approved.
 *   <li><b>Notifications</b> are records with an id per event and member, created if absent, so an
 *       event delivered twice tells no one twice. They keep facts, not sentences: the page and the
 *       mails word them from the message bundle.
 *   <li><b>Mail never blocks posting.</b> A mail is a {@code MailMessage} record in an outbox; the
 *       {@code MailDrain} claims each due one with a conditional write (so two instances never send
 *       it twice), hands it to the SMTP server through Jakarta Mail (shipped by Payara Micro), and
 *       on failure keeps it with the next attempt 30 s, 60 s, 120 s… up to an hour later, forever.
 *       Digests list the unread notifications no mail carried yet, grouped by thread; what a member
 *       read in the portal is not mailed. DAILY is the default frequency.
 *   <li><b>Unsubscribe</b> needs no sign-in: the link carries the member's id and its HMAC-SHA256
 *       under a secret from the configuration, or one the portal made and keeps in the record
 *       index. The link opens a page with one button (mail scanners open links by themselves); a
 *       mail client's RFC 8058 one-click POST unsubscribes directly.
 * </ul>
 */
package org.commonplace.notification;
