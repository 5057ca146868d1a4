package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryRecords.StoryPage;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDraft;

/** Case stories over JSON: list, read one (realtime), publish one. */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

  private static final int PAGE_SIZE = 20;

  @Inject StoryRecords records;
  @Inject StoryService service;
  @Context UriInfo uri;

  @GET
  public StoryPage newest(@QueryParam("page") @DefaultValue("1") int page) {
    int safePage = Math.max(1, Math.min(page, 10_000 / PAGE_SIZE));
    return records.newest((safePage - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  @GET
  @Path("{id}")
  public CaseStory story(@PathParam("id") String id) {
    return records.find(id).orElseThrow(NotFoundException::new);
  }

  /** Invalid drafts are answered by {@link InvalidStoryMapper} with every broken rule. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(StoryDraft draft) {
    CaseStory story = service.publish(draft == null ? new StoryDraft() : draft);
    return Response.created(uri.getAbsolutePathBuilder().path(story.getId()).build())
        .entity(story)
        .build();
  }
}
