package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.privacy.IdentifierGuard;

/**
 * What every new post goes through after its own rules: the patient-identifier guard, the posting
 * gate moderation keeps (suspended: refused; held: stored as pending), the new-member limits, and
 * the event fired once it is stored. Shared by threads and replies so both keep the same order of
 * refusals.
 */
@ApplicationScoped
public class Posting {

  private static final Logger LOG = Logger.getLogger(Posting.class.getName());

  @Inject IdentifierGuard guard;
  @Inject Instance<PostingGate> gate;
  @Inject PostingLimiter limiter;
  @Inject MemberRecords members;
  @Inject Event<PostEvent> events;
  @Inject Clock clock;

  /** The member posting, as their posts name them. */
  public Member author(Viewer viewer) {
    return viewer
        .memberId()
        .flatMap(members::member)
        .orElseThrow(() -> new AccessDeniedException(Action.CONTRIBUTE, viewer.isSignedIn()));
  }

  public static Author authorOf(Member member) {
    return new Author(
        member.id(), member.name(), member.organisationId(), member.stakeholderRole());
  }

  /**
   * @throws org.commonplace.platform.privacy.PossibleIdentifiersException unless confirmed
   */
  public void guard(String title, String body, boolean confirmed) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (title != null) {
      texts.put("title", title);
    }
    texts.put("body", body);
    guard.require(texts, confirmed);
  }

  /**
   * The state a new post is stored in, as moderation decides.
   *
   * @throws SuspendedException when the member may not post in the network now
   */
  public PostState admit(Viewer viewer, String networkId) {
    if (!gate.isResolvable()) {
      return PostState.VISIBLE;
    }
    Admission admission = gate.get().admit(viewer, networkId);
    return switch (admission.outcome()) {
      case POST -> PostState.VISIBLE;
      case HOLD_FOR_APPROVAL -> PostState.PENDING;
      case SUSPENDED -> throw new SuspendedException(admission.suspendedUntil());
    };
  }

  public void checkReplyLimit(Viewer viewer, Member author) {
    limiter.checkReply(viewer, author);
  }

  public void checkThreadLimit(Viewer viewer, Member author) {
    limiter.checkThread(viewer, author);
  }

  /** Now, to the millisecond the record index keeps, so stored and sorted times agree. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Tells whoever listens; a listener's failure never undoes or fails the stored post. */
  public void announce(PostEvent event) {
    try {
      events.fire(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A listener failed on " + event.kind() + " " + event.threadId(), e);
    }
  }

  public static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
