package org.commonplace.moderation.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.commonplace.moderation.entity.Dashboard;
import org.commonplace.moderation.entity.DashboardFlag;
import org.commonplace.moderation.entity.DashboardThread;
import org.commonplace.moderation.entity.DashboardVoices;
import org.commonplace.platform.json.JsonP;

/** The dashboard as the API answers it: ids and counts, months as {@code 2026-11}. */
final class DashboardJson {

  private DashboardJson() {}

  static JsonObject of(Dashboard d) {
    return JsonP.PROVIDER
        .createObjectBuilder()
        .add("networkId", d.networkId())
        .add("from", d.period().first().toString())
        .add("until", d.period().last().toString())
        .add("at", d.at().toString())
        .add("threadsExamined", d.threadsExamined())
        .add("unanswered", threads(d.unanswered(), d.unansweredCount()))
        .add("openFlags", flags(d))
        .add(
            "withinOneOrganisation",
            threads(d.withinOneOrganisation(), d.withinOneOrganisationCount()))
        .add("byRole", voices(d.byRole()))
        .add("byOrganisation", voices(d.byOrganisation()))
        .add(
            "missingVoices",
            JsonP.PROVIDER
                .createObjectBuilder()
                .add("silentRoles", strings(d.silentRoles().stream().map(Enum::name).toList()))
                .add("absentRoles", strings(d.absentRoles().stream().map(Enum::name).toList()))
                .add("silentOrganisations", strings(d.silentOrganisations())))
        .build();
  }

  private static JsonObjectBuilder threads(List<DashboardThread> listed, int count) {
    JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
    for (DashboardThread t : listed) {
      items.add(
          JsonP.PROVIDER
              .createObjectBuilder()
              .add("id", t.id())
              .add("title", t.title())
              .add("askerId", t.askerId())
              .add("organisationId", t.organisationId() == null ? "" : t.organisationId())
              .add("created", t.created().toString())
              .add("replyCount", t.replyCount()));
    }
    return JsonP.PROVIDER.createObjectBuilder().add("count", count).add("threads", items);
  }

  private static JsonObjectBuilder flags(Dashboard d) {
    JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
    for (DashboardFlag f : d.openFlags()) {
      JsonObjectBuilder flag =
          JsonP.PROVIDER
              .createObjectBuilder()
              .add("id", f.id())
              .add("threadId", f.threadId())
              .add("threadTitle", f.threadTitle())
              .add("reason", f.reason().name())
              .add("created", f.created().toString())
              .add("ageHours", f.ageInHours());
      if (f.replyId() != null) {
        flag.add("replyId", f.replyId());
      }
      items.add(flag);
    }
    return JsonP.PROVIDER.createObjectBuilder().add("count", d.openFlagCount()).add("flags", items);
  }

  private static JsonObjectBuilder voices(DashboardVoices voices) {
    JsonArrayBuilder rows = JsonP.PROVIDER.createArrayBuilder();
    for (DashboardVoices.Row row : voices.rows()) {
      JsonArrayBuilder counts = JsonP.PROVIDER.createArrayBuilder();
      row.counts().forEach(counts::add);
      rows.add(
          JsonP.PROVIDER
              .createObjectBuilder()
              .add("key", row.key())
              .add("total", row.total())
              .add("counts", counts));
    }
    return JsonP.PROVIDER
        .createObjectBuilder()
        .add("months", strings(voices.months().stream().map(Object::toString).toList()))
        .add("rows", rows);
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
