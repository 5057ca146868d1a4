package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Organisation;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/** Organisations in the record index, listed by name. */
@ApplicationScoped
public class OrganisationRecords {

  static final int MAX_ORGANISATIONS = 5_000;

  @Inject RecordStores stores;

  private RecordStore<Organisation> store() {
    return stores.of(Organisation.KIND);
  }

  public Optional<Versioned<Organisation>> find(String organisationId) {
    return store().find(organisationId);
  }

  public Optional<Organisation> organisation(String organisationId) {
    return find(organisationId).map(Versioned::value);
  }

  /**
   * Names shown beside members' posts, kept a minute: every thread page names the organisations of
   * its twenty posts, and each name was a read. A name is only shown, never decides access, so a
   * rename through another instance showing a minute late is acceptable; one through this instance
   * shows at once.
   */
  private final Cache<String, String> names =
      Caffeine.newBuilder()
          .maximumSize(MAX_ORGANISATIONS)
          .expireAfterWrite(Duration.ofMinutes(1))
          .build();

  /** The organisation's name, or its id when there is no such organisation. */
  public String name(String organisationId) {
    return names.get(organisationId, id -> organisation(id).map(Organisation::name).orElse(id));
  }

  public List<Organisation> all() {
    return store()
        .search(
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc)))),
            0,
            MAX_ORGANISATIONS)
        .items();
  }

  /**
   * @return false when an organisation with this id exists
   */
  public boolean create(Organisation organisation) {
    try {
      return store().create(organisation.id(), organisation).isPresent();
    } finally {
      names.invalidate(organisation.id());
    }
  }

  public void update(Versioned<Organisation> read, Organisation changed) {
    try {
      store().replace(read, changed);
    } finally {
      names.invalidate(changed.id());
    }
  }
}
