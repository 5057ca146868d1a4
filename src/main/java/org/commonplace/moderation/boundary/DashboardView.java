package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.moderation.control.DashboardChartSvg;
import org.commonplace.moderation.control.Dashboards;
import org.commonplace.moderation.entity.Dashboard;
import org.commonplace.moderation.entity.DashboardVoices;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.Messages;

/**
 * Backs a network's facilitator dashboard ({@code moderation/dashboard.xhtml?network=&until=}): the
 * lists, the two charts of who took part, and the same numbers as tables for whoever cannot see the
 * charts. Visitors sign in first; a member who does not facilitate the network gets 403, a network
 * they may not read 404.
 */
@Named
@RequestScoped
public class DashboardView {

  @Inject Dashboards dashboards;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject FacesContext faces;

  private String network;
  private String until;
  private boolean badMonth;
  private Dashboard dashboard;
  private String networkName;

  /** View action. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    Optional<YearMonth> last;
    try {
      last = DashboardMonth.parse(until);
    } catch (InvalidInputException e) {
      badMonth = true;
      last = Optional.empty();
    }
    try {
      dashboard = dashboards.of(viewer.viewer(), network, last).orElse(null);
      if (dashboard == null) {
        page.notFound();
      }
    } catch (AccessDeniedException e) {
      page.answer(e);
    }
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public boolean isBadMonth() {
    return badMonth;
  }

  public String getNetworkName() {
    if (networkName == null) {
      networkName = networks.network(network).map(Network::name).orElse(network);
    }
    return networkName;
  }

  /** The months as the tables' column headings, in the reader's language. */
  public List<String> getMonths() {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale());
    return dashboard.period().months().stream().map(format::format).toList();
  }

  public String getPeriod() {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", locale());
    return Messages.text(
        locale(),
        "moderation.dashboard.period",
        format.format(dashboard.period().first()),
        format.format(dashboard.period().last()));
  }

  public String getEarlier() {
    return dashboard.period().last().minusMonths(12).toString();
  }

  public String getLater() {
    return dashboard.period().last().plusMonths(12).toString();
  }

  public String getRoleChart() {
    return DashboardChartSvg.draw(
        "chart-roles",
        Messages.text(locale(), "moderation.dashboard.byRole.chart", getNetworkName()),
        dashboard.byRole(),
        this::roleName,
        locale());
  }

  public String getOrganisationChart() {
    return DashboardChartSvg.draw(
        "chart-organisations",
        Messages.text(locale(), "moderation.dashboard.byOrganisation.chart", getNetworkName()),
        dashboard.byOrganisation(),
        dashboard::organisationName,
        locale());
  }

  public String roleName(String role) {
    return Messages.text(locale(), "role." + role);
  }

  public String roleLabel(StakeholderRole role) {
    return roleName(role.name());
  }

  public String organisationName(String id) {
    return dashboard.organisationName(id);
  }

  /** A reason's words, as the flag form says them. */
  public String reasonName(Enum<?> reason) {
    return Messages.text(locale(), "moderation.dashboard.reason." + reason.name());
  }

  public String dateOf(java.time.Instant instant) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale())
        .withZone(java.time.ZoneOffset.UTC)
        .format(instant);
  }

  public List<DashboardVoices.Row> getRoleRows() {
    return dashboard.byRole().rows();
  }

  public List<DashboardVoices.Row> getOrganisationRows() {
    return dashboard.byOrganisation().rows();
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }
}
