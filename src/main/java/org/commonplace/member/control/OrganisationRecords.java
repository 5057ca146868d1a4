package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    return store().create(organisation.id(), organisation).isPresent();
  }

  public void update(Versioned<Organisation> read, Organisation changed) {
    store().replace(read, changed);
  }
}
