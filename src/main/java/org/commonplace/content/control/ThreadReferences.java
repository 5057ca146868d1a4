package org.commonplace.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Mentions;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.story.entity.CaseStory;

/**
 * What a thread file names, checked against what the portal holds: its network (the folder), the
 * category in the network's forum, the story or lesson it is about (in the same network), the
 * authors of its posts as members of the network, and the members who found a post helpful or
 * flagged it as members who may read it. Kept apart from the store so every rule has a unit test.
 */
final class ThreadReferences {

  /** What the portal holds, as far as a thread file may name it. */
  interface Portal {
    Optional<Network> network(String networkId);

    Optional<Member> member(String memberId);

    Optional<CaseStory> story(String storyId);

    Optional<LessonImport.Known> lesson(String lessonId);

    /** The categories of the network's forum: its forum file's, else the stored one's. */
    List<String> categories(String networkId);
  }

  private final String fileName;
  private final ThreadFile file;
  private final Portal portal;
  private final List<String> problems = new ArrayList<>();

  private ThreadReferences(String fileName, ThreadFile file, Portal portal) {
    this.fileName = fileName;
    this.file = file;
    this.portal = portal;
  }

  /**
   * @throws MalformedContentException naming every problem at its line
   */
  static void check(String fileName, ThreadFile file, Portal portal) {
    Network network =
        portal
            .network(file.networkId())
            .orElseThrow(
                () ->
                    MalformedContentException.at(
                        fileName, 0, "content.thread.noNetwork", file.networkId()));
    ThreadReferences references = new ThreadReferences(fileName, file, portal);
    references.all(network);
    if (!references.problems.isEmpty()) {
      throw new MalformedContentException(references.problems);
    }
  }

  /**
   * The members a post mentions, read as the discussion feature reads them ({@link Mentions}), who
   * exist and may read the network; anyone else stays text, and nothing says so.
   */
  static List<String> mentions(String body, Network network, Portal portal) {
    return Mentions.candidates(body).stream()
        .filter(id -> portal.member(id).filter(member -> mayRead(member, network)).isPresent())
        .toList();
  }

  static boolean mayRead(Member member, Network network) {
    return member.roleIn(network.id()).isPresent() || !network.isMembersOnly();
  }

  private void all(Network network) {
    List<String> categories = portal.categories(network.id());
    if (!categories.contains(file.categoryId())) {
      add(
          file.line("category"),
          "content.thread.noCategory",
          file.categoryId(),
          network.id(),
          String.join(", ", categories));
    }
    if (file.about() != null) {
      about(network);
    }
    post(network, file.opening());
    file.replies().forEach(reply -> post(network, reply));
  }

  private void about(Network network) {
    String id = file.about().recordId();
    boolean story = file.about().kind() == AboutKind.STORY;
    Optional<String> in =
        story
            ? portal.story(id).map(CaseStory::getNetworkId)
            : portal.lesson(id).map(LessonImport.Known::networkId);
    String what = story ? "story" : "lesson";
    if (in.isEmpty()) {
      add(file.line("about"), "content.thread.noAbout", what, id);
    } else if (!in.get().equals(network.id())) {
      add(file.line("about"), "content.thread.aboutElsewhere", what, id, in.get(), network.id());
    }
  }

  private void post(Network network, ThreadFile.Post post) {
    Optional<Member> author = portal.member(post.postedBy());
    if (author.isEmpty()) {
      add(post.line(), "content.thread.noMember", post.postedBy(), "posted-by");
    } else if (author.get().roleIn(network.id()).isEmpty()) {
      add(post.line(), "content.thread.notInNetwork", post.postedBy(), "posted-by", network.id());
    }
    for (String member : post.helpful()) {
      reader(network, member, "helpful", post.line());
    }
    for (ThreadFile.Flagged flag : post.flags()) {
      reader(network, flag.by(), "flags", post.line());
    }
  }

  private void reader(Network network, String memberId, String key, int line) {
    Optional<Member> member = portal.member(memberId);
    if (member.isEmpty()) {
      add(line, "content.thread.noMember", memberId, key);
    } else if (!mayRead(member.get(), network)) {
      add(line, "content.thread.cannotRead", memberId, key, network.id());
    }
  }

  private void add(int line, String messageKey, Object... arguments) {
    problems.add(
        MalformedContentException.located(
            fileName, line, MalformedContentException.text(messageKey, arguments)));
  }
}
