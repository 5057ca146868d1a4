package org.commonplace.platform.revision;

import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;

/** Kept versions wired by hand over a record store, for other features' store-only tests. */
public final class TestRevisions {

  private TestRevisions() {}

  public static Revisions over(RecordStores stores, RecordIndex index) {
    Revisions revisions = new Revisions();
    revisions.stores = stores;
    revisions.index = index;
    return revisions;
  }
}
