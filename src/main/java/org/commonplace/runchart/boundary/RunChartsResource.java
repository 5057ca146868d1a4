package org.commonplace.runchart.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.runchart.control.RunChartRules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code POST /api/run-charts/analysis}: the run-chart rules for data teams, on values they send.
 * It reads and stores nothing, but like every API POST it needs a member's API token. The body is
 * read (and refused when too large) by {@link RunChartSeriesReader} before the access check, which
 * an anonymous caller never reaches: the API's write guard answers 401 first.
 */
@SecurityRequirement(name = "bearer")
@Path("run-charts")
@RequestScoped
public class RunChartsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;

  @Operation(
      operationId = "analyseRunChart",
      summary = "Median, runs and the IHI run-chart signals (shift, trend, runs) of a series")
  @APIResponse(
      responseCode = "200",
      description = "The median, runs and signals; a signal's first and last are 0-based positions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "RunChartAnswer")))
  @APIResponse(
      responseCode = "400",
      description =
          "Not a series to analyse: fewer than 2 values, a value that is not a number, a"
              + " baseline that does not fit; detail says which",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not a member (the operator's token analyses nothing)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "413",
      description = "More than 100,000 values, or a body over 4 MB",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @POST
  @Path("analysis")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public RunChartAnswer analyse(RunChartSeries sent) {
    policy.require(viewer.viewer(), Action.ANALYSE_RUN_CHART, Scope.SITE);
    return RunChartAnswer.of(
        RunChartRules.analyse(RunChartSeriesReader.series(sent)), Locale.ENGLISH);
  }
}
