package org.commonplace.platform.record;

import java.util.Optional;

/**
 * What the record index holds under one id right now, for projections: the live record with its
 * version, or the version at which it was deleted (its tombstone), or nothing at all (version 0).
 */
public record RecordSnapshot<T>(String id, Optional<T> value, long version) {

  public boolean exists() {
    return value.isPresent();
  }

  /** Nothing was ever stored under this id, or it was removed without a tombstone. */
  public boolean unknown() {
    return value.isEmpty() && version == 0;
  }
}
