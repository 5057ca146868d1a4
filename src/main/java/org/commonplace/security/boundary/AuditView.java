package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.AuditEntry;

/** Backs the admins' audit log page, fifty entries a page. */
@Named
@RequestScoped
public class AuditView {

  @Inject AuditLog audit;
  @Inject PageAccess access;

  private int page = 1;
  private List<AuditEntry> entries = List.of();
  private long total;

  public void load() {
    if (access.check(Action.READ_AUDIT_LOG, Scope.SITE)) {
      var found = audit.newest(page);
      entries = found.items();
      total = found.total();
    }
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public long getTotal() {
    return total;
  }

  public boolean isMore() {
    return (long) page * AuditLog.PAGE_SIZE < total;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
