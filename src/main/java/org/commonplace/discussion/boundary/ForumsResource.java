package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.json.JsonP;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A network's forum settings over JSON: its categories and whether new members' posts wait for
 * approval. Members who may read the network read them; its facilitators change them.
 */
@SecurityRequirement(name = "bearer")
@Path("forums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForumsResource {

  @Inject Discussions discussions;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess networks;

  @Operation(operationId = "forumsGet", summary = "Read a network's forum categories and settings")
  @APIResponse(
      responseCode = "200",
      description = "{networkId, categories, preModeration}",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not read the network",
      content = @Content(mediaType = ThreadsResource.PROBLEM))
  @GET
  @Path("{networkId}")
  public JsonObject forum(@PathParam("networkId") String networkId) {
    Viewer who = viewer.signedIn();
    policy.require(who, Action.READ, networks.network(networkId));
    return json(networkId, discussions.forum(networkId));
  }

  @Operation(
      operationId = "forumsSave",
      summary = "Set a network's forum categories and pre-moderation")
  @APIResponse(
      responseCode = "200",
      description = "The settings as stored",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "A category rule is broken, or a category still holding threads was left out",
      content = @Content(mediaType = ThreadsResource.PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Not a facilitator of the network",
      content = @Content(mediaType = ThreadsResource.PROBLEM))
  @PUT
  @Path("{networkId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject save(@PathParam("networkId") String networkId, ForumRequest request) {
    Viewer who = viewer.signedIn();
    ForumRequest sent = request == null ? new ForumRequest() : request;
    return json(
        networkId, discussions.saveForum(who, networkId, sent.categories(), sent.preModeration));
  }

  private static JsonObject json(String networkId, Forum forum) {
    JsonArrayBuilder categories = JsonP.PROVIDER.createArrayBuilder();
    forum
        .categories()
        .forEach(
            c ->
                categories.add(
                    JsonP.PROVIDER
                        .createObjectBuilder()
                        .add("id", c.id())
                        .add("name", c.name() == null ? "" : c.name())
                        .add("description", c.description() == null ? "" : c.description())));
    JsonObjectBuilder json =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("networkId", networkId)
            .add("categories", categories)
            .add("preModeration", forum.preModeration());
    if (forum.updated() != null) {
      json.add("updated", forum.updated().toString());
    }
    return json.build();
  }
}
