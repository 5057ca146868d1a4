package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.member.entity.DirectoryQuery;
import org.commonplace.member.entity.DirectoryResults;
import org.commonplace.member.entity.DirectoryResults.ExpertiseCount;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.MemberCard;
import org.commonplace.member.entity.Organisation;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStores;

/**
 * The member directory and expertise finder: members by name, expertise, organisation, stakeholder
 * role and network, searched in Elasticsearch, with the expertise of all matches as a facet.
 */
@ApplicationScoped
public class MemberDirectory {

  private static final String EXPERTISE = "expertise";
  private static final int FACET_SIZE = 30;

  @Inject RecordStores stores;
  @Inject OrganisationRecords organisations;

  /**
   * @param readable the networks the viewer may see: only those memberships are shown or
   *     filterable, so membership of a members-only network stays private to that network
   */
  public DirectoryResults search(DirectoryQuery query, Set<String> readable) {
    if (query.networkId().filter(n -> !readable.contains(n)).isPresent()) {
      return new DirectoryResults(query, 0, List.of(), List.of());
    }
    RecordQuery search =
        RecordQuery.of(
                query(query),
                query.text().isEmpty()
                    ? List.of(
                        SortOptions.of(
                            o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc))))
                    : List.of(),
                query.from(),
                DirectoryQuery.PAGE_SIZE)
            .withAggregation(
                EXPERTISE, Aggregation.of(a -> a.terms(t -> t.field(EXPERTISE).size(FACET_SIZE))))
            // credentials never leave Elasticsearch for a directory search
            .leavingOut("passwordHash", "totpSecret");
    Found<Member> found = stores.of(Member.KIND).search(search);
    Map<String, String> organisationNames = organisationNames();
    List<MemberCard> cards =
        found.items().stream().map(m -> card(m, readable, organisationNames)).toList();
    return new DirectoryResults(query, found.total(), cards, expertise(found));
  }

  /** One member's card as the viewer may see it. */
  public MemberCard card(Member member, Set<String> readable) {
    return card(member, readable, organisationNames());
  }

  private static Query query(DirectoryQuery query) {
    List<Query> filters = new ArrayList<>();
    query.expertise().ifPresent(e -> filters.add(term(EXPERTISE, e)));
    query.organisationId().ifPresent(o -> filters.add(term("organisationId", o)));
    query.role().ifPresent(r -> filters.add(term("stakeholderRole", r.name())));
    query.networkId().ifPresent(n -> filters.add(term("networks", n)));
    Query words =
        query.text().isEmpty()
            ? Query.of(q -> q.matchAll(m -> m))
            // taken as words: no query syntax can be injected through the search box
            : Query.of(
                q ->
                    q.multiMatch(
                        m ->
                            m.query(query.text())
                                .type(TextQueryType.BestFields)
                                .fields("name^3", "expertise.text^2", "about")));
    return Query.of(q -> q.bool(b -> b.must(words).filter(filters)));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static MemberCard card(
      Member member, Set<String> readable, Map<String, String> organisationNames) {
    return new MemberCard(
        member.id(),
        member.name(),
        member.organisationId(),
        organisationNames.getOrDefault(member.organisationId(), ""),
        member.stakeholderRole(),
        member.expertise(),
        member.about(),
        member.networks().stream().filter(readable::contains).toList(),
        member.facilitates().stream().filter(readable::contains).toList());
  }

  private Map<String, String> organisationNames() {
    return organisations.all().stream()
        .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
  }

  private static List<ExpertiseCount> expertise(Found<Member> found) {
    var aggregate = found.aggregations().get(EXPERTISE);
    if (aggregate == null || !aggregate.isSterms()) {
      return List.of();
    }
    return aggregate.sterms().buckets().array().stream().map(MemberDirectory::count).toList();
  }

  private static ExpertiseCount count(StringTermsBucket bucket) {
    return new ExpertiseCount(bucket.key().stringValue(), bucket.docCount());
  }
}
