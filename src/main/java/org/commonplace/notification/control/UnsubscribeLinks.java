package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.commonplace.notification.entity.MailSecret;
import org.commonplace.platform.record.RecordStores;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-click unsubscribe links of the mails, signed with the configured secret or, when none is
 * configured, one the portal made and keeps in the record index.
 */
@ApplicationScoped
public class UnsubscribeLinks {

  @Inject RecordStores stores;

  @Inject
  @ConfigProperty(name = "commonplace.mail.unsubscribe-secret")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "commonplace.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  private volatile UnsubscribeTokens tokens;

  public String urlFor(String memberId) {
    return root() + "unsubscribe?token=" + tokens().tokenFor(memberId);
  }

  public Optional<String> memberOf(String token) {
    return tokens().memberOf(token);
  }

  public String root() {
    return portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
  }

  private UnsubscribeTokens tokens() {
    if (tokens == null) {
      tokens = new UnsubscribeTokens(secret());
    }
    return tokens;
  }

  private byte[] secret() {
    Optional<String> set = configured.filter(s -> s.length() >= 16);
    if (set.isPresent()) {
      return set.get().getBytes(StandardCharsets.UTF_8);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String made = Base64.getEncoder().encodeToString(random);
    var store = stores.of(MailSecret.KIND);
    // whoever creates it first wins; everyone else reads theirs
    store.create(MailSecret.ID, new MailSecret(MailSecret.ID, made));
    String kept = store.get(MailSecret.ID).map(MailSecret::value).orElse(made);
    return Base64.getDecoder().decode(kept);
  }
}
