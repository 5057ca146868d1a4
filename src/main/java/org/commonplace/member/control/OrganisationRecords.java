package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Organisation;
import org.commonplace.platform.elasticsearch.RecordDocuments;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.platform.elasticsearch.Versioned;

/** Organisations in the record index, listed by name. */
@ApplicationScoped
public class OrganisationRecords {

  static final int MAX_ORGANISATIONS = 5_000;

  @Inject RecordIndex records;
  @Inject RecordDocuments documents;

  public Optional<Versioned<Organisation>> find(String organisationId) {
    if (organisationId == null || organisationId.isBlank() || organisationId.length() > 130) {
      return Optional.empty();
    }
    return records.get(RecordIds.organisation(organisationId), Organisation.class);
  }

  public Optional<Organisation> organisation(String organisationId) {
    return find(organisationId).map(Versioned::value);
  }

  public List<Organisation> all() {
    return documents
        .search(
            Organisation.ENTITY,
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc)))),
            0,
            MAX_ORGANISATIONS,
            Organisation.class)
        .items();
  }

  /**
   * @return false when an organisation with this id exists
   */
  public boolean create(Organisation organisation) {
    return documents.create(RecordIds.organisation(organisation.id()), organisation);
  }

  public void update(Versioned<Organisation> read, Organisation changed) {
    documents.replace(read, changed);
  }
}
