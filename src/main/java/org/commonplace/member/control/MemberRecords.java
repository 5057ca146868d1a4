package org.commonplace.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.member.entity.EmailClaim;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.MemberRules;
import org.commonplace.platform.elasticsearch.ConcurrentChangeException;
import org.commonplace.platform.elasticsearch.RecordDocuments;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.platform.elasticsearch.Versioned;

/** Members in the record index: realtime reads, unique email addresses, conditional updates. */
@ApplicationScoped
public class MemberRecords {

  @Inject RecordIndex records;
  @Inject RecordDocuments documents;

  public Optional<Versioned<Member>> find(String memberId) {
    if (memberId == null || memberId.length() > 130) {
      return Optional.empty();
    }
    return records.get(RecordIds.member(memberId), Member.class);
  }

  public Optional<Member> member(String memberId) {
    return find(memberId).map(Versioned::value);
  }

  public Optional<Versioned<Member>> findByEmail(String email) {
    String clean = MemberRules.normaliseEmail(email);
    if (clean.isEmpty() || clean.length() > MemberRules.EMAIL_MAX_CHARS) {
      return Optional.empty();
    }
    return records
        .get(RecordIds.memberEmail(clean), EmailClaim.class)
        .flatMap(claim -> find(claim.value().memberId()));
  }

  /**
   * Claims the member's email address, then stores the member.
   *
   * @throws EmailTakenException when the address belongs to someone; nothing is stored then
   */
  public void create(Member member) {
    String claimId = RecordIds.memberEmail(member.email());
    EmailClaim claim = EmailClaim.of(member.email(), member.id());
    if (!documents.create(claimId, claim)) {
      takeOverAbandonedClaim(claimId, claim);
    }
    documents.put(RecordIds.member(member.id()), member);
  }

  /**
   * A claim whose member was never stored (a crash between the two writes) must not block the
   * address for ever: it is taken over, conditionally, so two sign-ups still cannot both win.
   */
  private void takeOverAbandonedClaim(String claimId, EmailClaim claim) {
    Versioned<EmailClaim> existing =
        records.get(claimId, EmailClaim.class).orElseThrow(EmailTakenException::new);
    if (find(existing.value().memberId()).isPresent()) {
      throw new EmailTakenException();
    }
    try {
      documents.replace(existing, claim);
    } catch (ConcurrentChangeException e) {
      throw new EmailTakenException();
    }
  }

  /**
   * @throws org.commonplace.platform.elasticsearch.ConcurrentChangeException when the member
   *     changed since it was read
   */
  public void update(Versioned<Member> read, Member changed) {
    documents.replace(read, changed);
  }
}
