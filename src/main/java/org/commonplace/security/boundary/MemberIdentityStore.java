package org.commonplace.security.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.security.control.PasswordHashing;

/**
 * Checks an email address and password against the members in Elasticsearch. An unknown address
 * costs the same PBKDF2 work as a wrong password, so response times do not reveal who has an
 * account.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

  @Inject MemberRecords members;
  @Inject PasswordHashing hashing;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    Optional<Member> member =
        members.findByEmail(credential.getCaller()).map(found -> found.value());
    if (member.isEmpty() || member.get().passwordHash() == null) {
      hashing.spendEqualTime(password);
      return INVALID_RESULT;
    }
    if (!hashing.verify(password, member.get().passwordHash())) {
      return INVALID_RESULT;
    }
    Member valid = member.get();
    // the caller name is the member id: stable when the email address changes
    return new CredentialValidationResult(
        valid.id(), valid.siteAdmin() ? Set.of("member", "admin") : Set.of("member"));
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }
}
