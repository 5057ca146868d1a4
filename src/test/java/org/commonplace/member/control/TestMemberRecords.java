package org.commonplace.member.control;

import org.commonplace.platform.record.RecordStores;

/** The member records wired by hand over a record store, for tests without a container. */
public final class TestMemberRecords {

  private TestMemberRecords() {}

  public static MemberRecords over(RecordStores stores) {
    MemberRecords members = new MemberRecords();
    members.stores = stores;
    return members;
  }
}
