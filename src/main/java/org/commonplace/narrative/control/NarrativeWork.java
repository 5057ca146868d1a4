package org.commonplace.narrative.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.AimWork;
import org.commonplace.narrative.entity.AimWork.WorkLink;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryStatus;

/**
 * The work behind each aim of a narrative: the network's published case stories and its lessons
 * that are not retired, whose aim ids name it. Only the network's own material is listed, and
 * drafts and withdrawn stories never, so whoever may read the narrative may read every link.
 */
@ApplicationScoped
public class NarrativeWork {

  /** More items per aim than a page shows with sense; the list says how many it shows. */
  static final int MAX_PER_AIM = 100;

  @Inject RecordStores stores;

  public List<AimWork> of(Narrative narrative) {
    return narrative.aims().stream()
        .map(aim -> new AimWork(aim, stories(narrative, aim), lessons(narrative, aim)))
        .toList();
  }

  private List<WorkLink> stories(Narrative narrative, Aim aim) {
    Query published =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(ofAim(narrative, aim))
                            .filter(
                                f ->
                                    f.bool(
                                        s ->
                                            s.should(
                                                    p ->
                                                        p.term(
                                                            t ->
                                                                t.field("status")
                                                                    .value(
                                                                        StoryStatus.PUBLISHED
                                                                            .name())))
                                                // stories kept from before drafts existed
                                                .should(
                                                    p ->
                                                        p.bool(
                                                            n ->
                                                                n.mustNot(
                                                                    m ->
                                                                        m.exists(
                                                                            e ->
                                                                                e.field(
                                                                                    "status")))))))));
    return stores.of(CaseStory.KIND).search(query(published)).items().stream()
        .map(s -> new WorkLink(s.getId(), s.getTitle()))
        .toList();
  }

  private List<WorkLink> lessons(Narrative narrative, Aim aim) {
    Query standing =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(ofAim(narrative, aim))
                            .mustNot(
                                m ->
                                    m.term(
                                        t -> t.field("state").value(LessonState.RETIRED.name())))));
    return stores.of(Lesson.KIND).search(query(standing)).items().stream()
        .map(l -> new WorkLink(l.id(), l.statement()))
        .toList();
  }

  private static Query ofAim(Narrative narrative, Aim aim) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(f -> f.term(t -> t.field("networkId").value(narrative.networkId())))
                        .filter(
                            f -> f.term(t -> t.field("aimIds").value(FieldValue.of(aim.id()))))));
  }

  private static RecordQuery query(Query query) {
    return RecordQuery.of(
        query,
        List.of(SortOptions.of(s -> s.field(f -> f.field("updated").order(SortOrder.Desc)))),
        0,
        MAX_PER_AIM);
  }
}
