package org.commonplace.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.content.control.ContentImporter;
import org.commonplace.content.entity.ImportReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The operator's command to import the configured content folder again (new files only). */
@SecurityRequirement(name = "bearer")
@Path("admin/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject ContentImporter importer;

  @Inject
  @ConfigProperty(name = "commonplace.content.dir")
  Optional<String> folder;

  @Operation(
      operationId = "importContent",
      summary = "Import the configured content folder again, adding only new files")
  @POST
  @Path("import")
  public ImportReport importContent() {
    policy.require(viewer.viewer(), Action.OPERATE, Scope.SITE);
    String configured = folder.filter(f -> !f.isBlank()).orElseThrow(NotFoundException::new);
    return importer.importFrom(java.nio.file.Path.of(configured));
  }
}
