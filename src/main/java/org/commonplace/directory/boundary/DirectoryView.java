package org.commonplace.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.MemberDirectory;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.DirectoryQuery;
import org.commonplace.member.entity.DirectoryResults;
import org.commonplace.member.entity.MemberCard;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.StakeholderRole;

/**
 * Backs the member directory: find people by name or expertise, narrowed by organisation, role and
 * network. Bookmarkable: every choice is in the URL.
 */
@Named
@RequestScoped
public class DirectoryView {

  private static final Logger LOG = Logger.getLogger(DirectoryView.class.getName());

  @Inject MemberDirectory directory;
  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject NetworkAccess access;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;

  private String q;
  private String expertise;
  private String organisation;
  private String role;
  private String network;
  private Integer pageNumber;
  private DirectoryResults results;
  private boolean unavailable;

  public void run() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      results =
          directory.search(
              DirectoryQuery.of(q, expertise, organisation, role, network, pageNumber),
              access.readable(viewer.viewer()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Directory search failed", e);
      unavailable = true;
    }
  }

  public List<MemberCard> getMembers() {
    return results == null ? List.of() : results.members();
  }

  public List<DirectoryResults.ExpertiseCount> getExpertiseFacet() {
    return results == null ? List.of() : results.expertise();
  }

  public long getTotal() {
    return results == null ? 0 : results.total();
  }

  public int getPages() {
    return results == null ? 0 : results.pages();
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  /** Only networks whose members the viewer may see can narrow the directory. */
  public List<Network> getNetworks() {
    var readable = access.readable(viewer.viewer());
    return networks.all().stream().filter(n -> readable.contains(n.id())).toList();
  }

  public List<Organisation> getOrganisations() {
    return organisations.all();
  }

  public StakeholderRole[] getRoles() {
    return StakeholderRole.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getExpertise() {
    return expertise;
  }

  public void setExpertise(String expertise) {
    this.expertise = expertise;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public Integer getPage() {
    return pageNumber;
  }

  public void setPage(Integer page) {
    this.pageNumber = page;
  }
}
