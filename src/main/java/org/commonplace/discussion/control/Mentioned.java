package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Mentions;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;

/**
 * Resolves a post's {@code @member-id} mentions to the members who exist and may read the thread.
 * Anyone else stays plain text and the author is told nothing, so a mention cannot probe who is a
 * member of a members-only network.
 */
@ApplicationScoped
public class Mentioned {

  @Inject MemberRecords members;
  @Inject AccessPolicy policy;

  /** The ids to store and notify, in the order first mentioned, at most {@value Mentions#MAX}. */
  public List<String> in(String body, Scope thread, String authorId) {
    return Mentions.candidates(body).stream()
        .filter(id -> !id.equals(authorId))
        .filter(id -> members.member(id).filter(m -> mayRead(m, thread)).isPresent())
        .toList();
  }

  private boolean mayRead(Member member, Scope thread) {
    Viewer them =
        Viewer.member(
            member.id(),
            member.name(),
            member.siteAdmin(),
            Set.copyOf(member.networks()),
            Set.copyOf(member.facilitates()));
    return policy.allows(them, Action.READ, thread);
  }
}
