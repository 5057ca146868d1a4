package org.commonplace.story.entity;

import java.util.List;

/**
 * What a signed-in member sees first: what is new in their networks, their drafts, the stories they
 * co-author, and their stories whose progress score is due for an update.
 */
public record MemberHome(
    List<StorySummary> newInNetworks,
    List<StorySummary> drafts,
    List<StorySummary> coAuthored,
    List<StorySummary> progressDue) {

  public MemberHome {
    newInNetworks = List.copyOf(newInNetworks);
    drafts = List.copyOf(drafts);
    coAuthored = List.copyOf(coAuthored);
    progressDue = List.copyOf(progressDue);
  }
}
