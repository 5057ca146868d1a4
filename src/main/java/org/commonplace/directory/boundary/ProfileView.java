package org.commonplace.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.MemberDirectory;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.MemberCard;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.StorySummary;

/** Backs a member's profile: who they are, what they know, and what they shared. */
@Named
@RequestScoped
public class ProfileView {

  private static final int STORIES = 50;

  @Inject MemberRecords members;
  @Inject MemberDirectory directory;
  @Inject NetworkRecords networks;
  @Inject StoryRecords stories;
  @Inject NetworkAccess access;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;

  private String id;
  private MemberCard card;
  private List<StorySummary> shared = List.of();

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    Set<String> readable = access.readable(viewer.viewer());
    card = members.member(id).map(m -> directory.card(m, readable)).orElse(null);
    if (card == null) {
      page.notFound();
      return;
    }
    shared = stories.byAuthor(card.id(), readable, STORIES);
  }

  /** A network's name for display; the card holds ids. */
  public String networkName(String networkId) {
    return networks.network(networkId).map(n -> n.name()).orElse(networkId);
  }

  public MemberCard getCard() {
    return card;
  }

  public List<StorySummary> getShared() {
    return shared;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
