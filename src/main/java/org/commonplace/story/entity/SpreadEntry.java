package org.commonplace.story.entity;

import java.time.Instant;

/**
 * One story in a lineage as readers see it: its title, network, organisation and date (published,
 * or started for a draft), and whether it is the reader's own draft.
 */
public record SpreadEntry(
    String id,
    String title,
    String networkId,
    String network,
    String organisation,
    Instant date,
    boolean draft) {

  public static SpreadEntry of(CaseStory story) {
    return new SpreadEntry(
        story.getId(),
        story.getTitle(),
        story.getNetworkId(),
        story.getNetwork(),
        story.getOrganisation(),
        story.getCreated(),
        story.isDraft());
  }

  public static SpreadEntry of(StorySummary story) {
    return new SpreadEntry(
        story.getId(),
        story.getTitle(),
        story.getNetworkId(),
        story.getNetwork(),
        story.getOrganisation(),
        story.getCreated(),
        story.isDraft());
  }
}
