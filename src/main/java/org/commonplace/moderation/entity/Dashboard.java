package org.commonplace.moderation.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonplace.member.entity.StakeholderRole;

/**
 * What a network's facilitators see on their dashboard: the questions still waiting for someone
 * other than the asker, the open flags oldest first, the threads no other organisation has joined,
 * who took part by stakeholder role and by organisation month by month, and whose voices are
 * missing.
 *
 * @param threadsExamined how many of the network's visible threads the lists were drawn from (the
 *     most recently active, at most {@code THREADS_EXAMINED})
 * @param silentRoles roles of the network's members with no post in the period
 * @param absentRoles roles no member of the network holds
 * @param silentOrganisations the network's members' organisations with no post in the period
 * @param organisationNames the names of the organisations named, by id
 */
public record Dashboard(
    String networkId,
    DashboardPeriod period,
    Instant at,
    List<DashboardThread> unanswered,
    int unansweredCount,
    List<DashboardFlag> openFlags,
    long openFlagCount,
    List<DashboardThread> withinOneOrganisation,
    int withinOneOrganisationCount,
    int threadsExamined,
    DashboardVoices byRole,
    DashboardVoices byOrganisation,
    List<StakeholderRole> silentRoles,
    List<StakeholderRole> absentRoles,
    List<String> silentOrganisations,
    Map<String, String> organisationNames) {

  /** The lists show this many; the counts say how many there are. */
  public static final int LISTED = 20;

  /** Enough for any network's active threads; a larger forum is judged on its recent ones. */
  public static final int THREADS_EXAMINED = 1_000;

  public Dashboard {
    unanswered = List.copyOf(unanswered);
    openFlags = List.copyOf(openFlags);
    withinOneOrganisation = List.copyOf(withinOneOrganisation);
    silentRoles = List.copyOf(silentRoles);
    absentRoles = List.copyOf(absentRoles);
    silentOrganisations = List.copyOf(silentOrganisations);
    organisationNames = Map.copyOf(organisationNames);
  }

  public String organisationName(String id) {
    return organisationNames.getOrDefault(id, id);
  }
}
