package org.commonplace.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.member.entity.EmailClaim;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.MemberRules;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/** Members in the record index: realtime reads, unique email addresses, conditional updates. */
@ApplicationScoped
public class MemberRecords {

  /** Four random characters after the name's slug tell two people called Ann Lee apart. */
  private static final int ID_SUFFIX_CHARS = 4;

  @Inject RecordStores stores;

  private RecordStore<Member> members() {
    return stores.of(Member.KIND);
  }

  private RecordStore<EmailClaim> claims() {
    return stores.of(EmailClaim.KIND);
  }

  /** A new member's id: a slug of the name and a short random suffix. */
  public static String newId(String name) {
    return Ids.newId(name, "x", ID_SUFFIX_CHARS);
  }

  public Optional<Versioned<Member>> find(String memberId) {
    return members().find(memberId);
  }

  public Optional<Member> member(String memberId) {
    return find(memberId).map(Versioned::value);
  }

  public Optional<Versioned<Member>> findByEmail(String email) {
    String clean = MemberRules.normaliseEmail(email);
    if (clean.isEmpty() || clean.length() > MemberRules.EMAIL_MAX_CHARS) {
      return Optional.empty();
    }
    return claims().get(clean).flatMap(claim -> find(claim.memberId()));
  }

  /**
   * Claims the member's email address, then stores the member.
   *
   * @throws EmailTakenException when the address belongs to someone; nothing is stored then
   */
  public void create(Member member) {
    EmailClaim claim = EmailClaim.of(member.email(), member.id());
    if (claims().create(member.email(), claim).isEmpty()) {
      takeOverAbandonedClaim(claim);
    }
    members().put(member.id(), member);
  }

  /**
   * A claim whose member was never stored (a crash between the two writes) must not block the
   * address for ever: it is taken over, conditionally, so two sign-ups still cannot both win.
   */
  private void takeOverAbandonedClaim(EmailClaim claim) {
    Versioned<EmailClaim> existing =
        claims().find(claim.email()).orElseThrow(EmailTakenException::new);
    if (find(existing.value().memberId()).isPresent()) {
      throw new EmailTakenException();
    }
    try {
      claims().replace(existing, claim);
    } catch (ConcurrentChangeException e) {
      throw new EmailTakenException();
    }
  }

  /**
   * @throws ConcurrentChangeException when the member changed since it was read
   */
  public Versioned<Member> update(Versioned<Member> read, Member changed) {
    return members().replace(read, changed);
  }
}
