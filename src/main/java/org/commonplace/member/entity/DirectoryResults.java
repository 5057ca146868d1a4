package org.commonplace.member.entity;

import java.util.List;

/** One page of the directory, and the expertise found among all matching members. */
public record DirectoryResults(
    DirectoryQuery query, long total, List<MemberCard> members, List<ExpertiseCount> expertise) {

  public int pages() {
    return (int)
        Math.min(
            DirectoryQuery.MAX_PAGE,
            (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
  }

  /** An area of expertise and how many matching members have it. */
  public record ExpertiseCount(String expertise, long count) {}
}
