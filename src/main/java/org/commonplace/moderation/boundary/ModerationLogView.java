package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.moderation.control.ModerationLog;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.platform.record.Found;

/**
 * A network's moderation log page ({@code moderation/log.xhtml?network=…&page=…}), newest first,
 * for its facilitators: who did what to which post or member, when, why, and the text before and
 * after.
 */
@Named
@RequestScoped
public class ModerationLogView {

  @Inject PageAccess access;
  @Inject NetworkAccess networks;
  @Inject NetworkRecords networkRecords;
  @Inject ModerationLog log;

  private String network;
  private int page = 1;
  private Found<ModerationEntry> found = Found.none();

  public void load() {
    String id = network == null ? "" : network.strip();
    if (!access.check(Action.MODERATE, networks.network(id))) {
      return;
    }
    found = log.page(id, page);
  }

  public List<ModerationEntry> getEntries() {
    return found.items();
  }

  public long getTotal() {
    return found.total();
  }

  public int getPageCount() {
    return (int)
        Math.max(1, (found.total() + ModerationLog.PAGE_SIZE - 1) / ModerationLog.PAGE_SIZE);
  }

  public String link(ModerationEntry entry) {
    return entry.threadId() == null
        ? null
        : ModerationLinks.post(entry.threadId(), entry.replyId());
  }

  public String getNetworkName() {
    return networkRecords.network(network).map(Network::name).orElse(network);
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
