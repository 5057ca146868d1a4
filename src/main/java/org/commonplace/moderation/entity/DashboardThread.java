package org.commonplace.moderation.entity;

import java.time.Instant;

/** A thread as the dashboard lists it: enough to name it, its asker, and how long it has waited. */
public record DashboardThread(
    String id,
    String title,
    String askerId,
    String askerName,
    String organisationId,
    Instant created,
    int replyCount) {}
