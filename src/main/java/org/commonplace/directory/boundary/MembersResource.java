package org.commonplace.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.control.MemberDirectory;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.Profiles;
import org.commonplace.member.entity.DirectoryQuery;
import org.commonplace.member.entity.DirectoryResults;
import org.commonplace.member.entity.MemberCard;
import org.commonplace.member.entity.ProfileDraft;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.StorySummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/members?q=&expertise=&organisation=&role=&network=&page=}: the directory; {@code
 * GET /api/members/{id}}: a profile with the stories the caller may read; {@code /api/members/me}:
 * the caller's own profile, to read and change.
 */
@SecurityRequirement(name = "bearer")
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  private static final int PROFILE_STORIES = 50;

  @Inject MemberDirectory directory;
  @Inject MemberRecords members;
  @Inject Profiles profiles;
  @Inject StoryRecords stories;
  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;

  @Operation(
      operationId = "searchMembers",
      summary = "Find members by words, expertise, organisation, role or network")
  @GET
  public DirectoryResults search(
      @QueryParam("q") String q,
      @QueryParam("expertise") String expertise,
      @QueryParam("organisation") String organisation,
      @QueryParam("role") String role,
      @QueryParam("network") String network,
      @QueryParam("page") Integer page) {
    Viewer who = allowed(Action.USE_DIRECTORY);
    return directory.search(
        DirectoryQuery.of(q, expertise, organisation, role, network, page), access.readable(who));
  }

  @Operation(operationId = "getOwnProfile", summary = "Read the caller's own profile")
  @GET
  @Path("me")
  public MemberCard me() {
    Viewer who = allowed(Action.MANAGE_OWN_ACCOUNT);
    return directory.card(me.member().orElseThrow(), who.networks());
  }

  @Operation(operationId = "changeOwnProfile", summary = "Change the caller's own profile")
  @PUT
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberCard changeMe(ProfileDraft profile) {
    Viewer who = allowed(Action.MANAGE_OWN_ACCOUNT);
    return directory.card(
        profiles.update(viewer.getId(), profile == null ? new ProfileDraft() : profile),
        who.networks());
  }

  @Operation(
      operationId = "getMemberProfile",
      summary = "Read a member's profile with the stories the caller may read")
  @GET
  @Path("{id}")
  public Profile profile(@PathParam("id") String id) {
    Viewer who = allowed(Action.USE_DIRECTORY);
    Set<String> readable = access.readable(who);
    MemberCard card =
        members
            .member(id)
            .map(m -> directory.card(m, readable))
            .orElseThrow(NotFoundException::new);
    return new Profile(card, stories.byAuthor(id, readable, PROFILE_STORIES));
  }

  private Viewer allowed(Action action) {
    Viewer who = viewer.viewer();
    policy.require(who, action, Scope.SITE);
    return who;
  }

  /** A member as others see them, with what they shared that the caller may read. */
  public record Profile(MemberCard member, List<StorySummary> stories) {}
}
