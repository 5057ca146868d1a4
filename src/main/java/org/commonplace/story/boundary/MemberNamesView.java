package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;

/**
 * Members' names for the story pages ({@code #{memberNames.name(id)}}), where records keep member
 * ids: who proposed and confirmed an evidence level, who saved each version, who withdrew a story.
 * A history names the same few people many times, so each is read once per request.
 */
@Named("memberNames")
@RequestScoped
public class MemberNamesView {

  @Inject MemberRecords members;

  private final Map<String, String> known = new HashMap<>();

  /**
   * The member's name; the id itself for someone no longer a member, so the page still says who.
   */
  public String name(String memberId) {
    if (memberId == null || memberId.isBlank()) {
      return "";
    }
    return known.computeIfAbsent(memberId, id -> members.member(id).map(Member::name).orElse(id));
  }
}
