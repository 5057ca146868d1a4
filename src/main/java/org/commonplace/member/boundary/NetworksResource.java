package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.member.control.InvitationRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Invitation;
import org.commonplace.member.entity.IssuedInvitation;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Networks over JSON. Every signed-in member sees which networks exist (so they can ask to join);
 * admins create and change them and give roles; facilitators invite into their own networks.
 */
@SecurityRequirement(name = "bearer")
@Path("networks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworksResource {

  @Inject NetworkRecords networks;
  @Inject NetworkCatalogue catalogue;
  @Inject InvitationRecords invitations;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;

  @Operation(operationId = "listNetworks", summary = "List every network")
  @GET
  public List<Network> all() {
    signedIn();
    return networks.all().stream().map(n -> access.asSeenBy(viewer.viewer(), n)).toList();
  }

  @Operation(operationId = "getNetwork", summary = "Read one network")
  @GET
  @Path("{id}")
  public Network network(@PathParam("id") String id) {
    signedIn();
    return networks
        .network(id)
        .map(n -> access.asSeenBy(viewer.viewer(), n))
        .orElseThrow(NotFoundException::new);
  }

  @Operation(operationId = "createNetwork", summary = "Create a network (site admins)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NetworkDraft draft) {
    policy.require(viewer.viewer(), Action.MANAGE_NETWORKS, Scope.SITE);
    Network created = catalogue.createNetwork(draft == null ? empty() : draft);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Operation(operationId = "changeNetwork", summary = "Change a network (site admins)")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Network change(@PathParam("id") String id, NetworkDraft draft) {
    policy.require(viewer.viewer(), Action.MANAGE_NETWORKS, Scope.SITE);
    return catalogue.changeNetwork(id, draft == null ? empty() : draft);
  }

  /** Adds a member to the network with a role, or changes their role. */
  @Operation(
      operationId = "giveNetworkRole",
      summary = "Add a member to a network or change their role there (site admins)")
  @PUT
  @Path("{id}/members/{memberId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response giveRole(
      @PathParam("id") String id, @PathParam("memberId") String memberId, RoleChange change) {
    policy.require(viewer.viewer(), Action.MANAGE_NETWORKS, Scope.SITE);
    catalogue.giveRole(memberId, id, change == null ? null : change.role());
    return Response.noContent().build();
  }

  @Operation(
      operationId = "listInvitations",
      summary = "List a network's invitations (its facilitators)")
  @GET
  @Path("{id}/invitations")
  public List<Invitation> invitations(@PathParam("id") String id) {
    policy.require(viewer.viewer(), Action.INVITE, access.network(id));
    return invitations.ofNetwork(id);
  }

  /** The code is in the answer once; only its hash is stored. */
  @Operation(
      operationId = "createInvitation",
      summary = "Issue an invitation code to join a network (its facilitators)")
  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("id") String id, InvitationRequest request) {
    policy.require(viewer.viewer(), Action.INVITE, access.network(id));
    networks.network(id).orElseThrow(NotFoundException::new);
    IssuedInvitation issued =
        invitations.issue(id, viewer.getId(), request == null ? null : request.note());
    return Response.status(Response.Status.CREATED)
        .entity(new InvitationCode(issued.code(), id, issued.invitation().expiresAt()))
        .build();
  }

  /** Member-only material: the operator is known but no member, so it is refused, not asked in. */
  private void signedIn() {
    policy.require(viewer.viewer(), Action.READ, Scope.SITE);
  }

  private static NetworkDraft empty() {
    return new NetworkDraft(null, null, null, null, null);
  }

  /** A role to give: MEMBER or FACILITATOR. */
  public record RoleChange(NetworkRole role) {}

  /** Who the invitation is for, as a note to the facilitators. */
  public record InvitationRequest(String note) {}

  /** A new invitation code, to pass on to the person invited. */
  public record InvitationCode(String code, String networkId, Instant expiresAt) {}
}
