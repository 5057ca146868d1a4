package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.platform.record.Found;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /api/admin/audit?page=}: the security audit log, newest first, for site admins. */
@SecurityRequirement(name = "bearer")
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;

  @Operation(
      operationId = "listAuditEntries",
      summary = "Read the security audit log, newest first (site admins)")
  @GET
  public Found<AuditEntry> newest(@QueryParam("page") @DefaultValue("1") int page) {
    policy.require(viewer.viewer(), Action.READ_AUDIT_LOG, Scope.SITE);
    return audit.newest(page);
  }
}
