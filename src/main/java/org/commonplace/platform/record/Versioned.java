package org.commonplace.platform.record;

/**
 * A record as read, with what a conditional write must present so that a change made in between is
 * never overwritten ({@code seqNo}, {@code primaryTerm}), and its version: a number that grows with
 * every write of this record, which the API sends as the ETag and the search index keeps to refuse
 * older projections.
 */
public record Versioned<T>(String id, T value, long seqNo, long primaryTerm, long version) {

  /** The same record holding another value, for a caller that replaces it conditionally. */
  public <R> Versioned<R> with(R other) {
    return new Versioned<>(id, other, seqNo, primaryTerm, version);
  }
}
