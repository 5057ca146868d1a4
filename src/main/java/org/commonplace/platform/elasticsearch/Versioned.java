package org.commonplace.platform.elasticsearch;

/**
 * A document as read, with the sequence number and primary term that a conditional write or delete
 * must present, so that a change made in between is never overwritten.
 */
public record Versioned<T>(String id, T value, long seqNo, long primaryTerm) {}
