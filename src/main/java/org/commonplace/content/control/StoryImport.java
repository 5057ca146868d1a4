package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/**
 * Imports one story file: read, checked against the portal (its network, author and co-authors
 * exist), then created only if no story has its id. An existing story is never overwritten, so
 * importing a folder again, or twice at once, leaves each story once and members' edits untouched.
 */
@ApplicationScoped
public class StoryImport {

  /** What became of a well-formed file. */
  public enum Outcome {
    IMPORTED,
    SKIPPED
  }

  @Inject StoryService stories;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject Clock clock;

  /**
   * @param csvFiles the CSV files beside the story file, by name
   * @throws MalformedContentException naming the file, the line and every problem; nothing is
   *     stored then
   */
  public Outcome importStory(
      String fileName, String text, Function<String, Optional<String>> csvFiles) {
    StoryFile file = StoryFile.parse(fileName, text, csvFiles);
    Network network =
        networks
            .network(file.draft().getNetworkId())
            .orElseThrow(
                () -> problem(fileName, "content.import.noNetwork", file.draft().getNetworkId()));
    List<String> unknown = new ArrayList<>();
    if (members.member(file.draft().getAuthorId()).isEmpty()) {
      unknown.add(
          MalformedContentException.text("content.import.noAuthor", file.draft().getAuthorId()));
    }
    for (String coAuthor : file.draft().getCoAuthors()) {
      if (members.member(coAuthor).flatMap(m -> m.roleIn(network.id())).isEmpty()) {
        unknown.add(MalformedContentException.text("story.coAuthors.notMember", coAuthor));
      }
    }
    if (!unknown.isEmpty()) {
      throw new MalformedContentException(
          unknown.stream().map(u -> MalformedContentException.located(fileName, 0, u)).toList());
    }
    file.draft().setNetwork(network.name());
    CaseStory story = file.toStory(clock.instant());
    return stories.store(story) ? Outcome.IMPORTED : Outcome.SKIPPED;
  }

  private static MalformedContentException problem(String file, String key, Object... arguments) {
    return MalformedContentException.at(file, 0, key, arguments);
  }
}
