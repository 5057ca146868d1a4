package org.commonplace.platform.record;

/**
 * A record of a projected kind changed (created, replaced or deleted). Fired after the change is
 * durable and noted in the {@link Outbox}, so an observer that fails can rely on the outbox to be
 * asked again.
 */
public record RecordChanged(String kind, String id) {}
