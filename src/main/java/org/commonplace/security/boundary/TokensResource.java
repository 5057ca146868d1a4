package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.security.control.ApiTokenRecords;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.ApiToken;
import org.commonplace.security.entity.AuditEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The caller's own API tokens: list (never the token text, only names and hashes) and revoke one.
 * Creating one here is refused: API writes need a token, and a token may not mint further tokens (a
 * leaked one could otherwise outlive its own revocation), so tokens are made on the account page in
 * a signed-in session.
 */
@SecurityRequirement(name = "bearer")
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject ApiTokenRecords tokens;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;
  @Inject ClientAddress addresses;
  @Context HttpServletRequest request;

  @Operation(
      operationId = "listOwnTokens",
      summary = "List the caller's API tokens (names, never the token text)")
  @GET
  public List<ApiToken> mine() {
    return tokens.of(self());
  }

  @Operation(
      operationId = "createToken",
      summary = "Create an API token; its text is in the answer, once")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewToken request) {
    policy.require(viewer.viewer(), Action.CREATE_API_TOKEN, Scope.SITE);
    String memberId = self();
    String token = tokens.create(memberId, request == null ? null : request.name());
    audit.record(AuditEvent.API_TOKEN_CREATED, memberId, memberId, addresses.of(this.request));
    return Response.status(Response.Status.CREATED).entity(new CreatedToken(token)).build();
  }

  @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's API tokens")
  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    String memberId = self();
    if (!tokens.revoke(memberId, id)) {
      throw new NotFoundException();
    }
    audit.record(AuditEvent.API_TOKEN_REVOKED, memberId, memberId, addresses.of(request));
    return Response.noContent().build();
  }

  private String self() {
    policy.require(viewer.viewer(), Action.MANAGE_OWN_ACCOUNT, Scope.SITE);
    return viewer.getId();
  }

  /** What a client sends to create a token. */
  public record NewToken(String name) {}

  /** The token text, which the portal will never show again. */
  public record CreatedToken(String token) {}
}
