package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Invitation;
import org.commonplace.member.entity.IssuedInvitation;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * Invitations in the record index, found by the hash of their code. Using one is a conditional
 * write, so a code shared by two people lets exactly one of them in.
 */
@ApplicationScoped
public class InvitationRecords {

  /** Long enough to reach someone on leave; short enough that a forgotten code dies. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  public static final int NOTE_MAX_CHARS = 200;

  @Inject RecordStores stores;
  @Inject RecordIndex records;
  @Inject Clock clock;

  private RecordStore<Invitation> store() {
    return stores.of(Invitation.KIND);
  }

  /**
   * @throws InvalidInputException when the note is too long
   */
  public IssuedInvitation issue(String networkId, String issuedBy, String note) {
    String cleanNote = note == null ? "" : note.strip();
    if (cleanNote.length() > NOTE_MAX_CHARS) {
      throw InvalidInputException.of("note", "invitation.note.tooLong", NOTE_MAX_CHARS);
    }
    Instant now = clock.instant();
    return store(InvitationCodes.generate(), networkId, issuedBy, cleanNote, now.plus(VALIDITY));
  }

  /** Stores an invitation with a given code, as the content import does with demo codes. */
  public IssuedInvitation store(
      String code, String networkId, String issuedBy, String note, Instant expires) {
    String hash = InvitationCodes.hash(InvitationCodes.normalise(code).orElseThrow());
    Invitation invitation =
        Invitation.issue(hash, networkId, issuedBy, note, clock.instant(), expires);
    store().put(hash, invitation);
    return new IssuedInvitation(code, invitation);
  }

  public boolean exists(String code) {
    return InvitationCodes.normalise(code)
        .map(c -> store().exists(InvitationCodes.hash(c)))
        .orElse(false);
  }

  public Optional<Versioned<Invitation>> find(String typedCode) {
    return InvitationCodes.normalise(typedCode)
        .flatMap(code -> store().find(InvitationCodes.hash(code)));
  }

  /**
   * @throws org.commonplace.platform.record.ConcurrentChangeException when someone used it
   *     meanwhile
   */
  public void markUsed(Versioned<Invitation> read, String memberId) {
    store().replace(read, read.value().usedBy(memberId, clock.instant()));
  }

  /** Gives back an invitation whose sign-up failed after it was taken. */
  public void release(Invitation invitation) {
    store().put(invitation.id(), invitation);
  }

  /** The network's invitations, newest first, for its facilitators. */
  public List<Invitation> ofNetwork(String networkId) {
    records.refresh();
    return store()
        .search(
            Query.of(q -> q.term(t -> t.field("networkId").value(networkId))),
            List.of(SortOptions.of(o -> o.field(f -> f.field("issuedAt").order(SortOrder.Desc)))),
            0,
            200)
        .items();
  }
}
