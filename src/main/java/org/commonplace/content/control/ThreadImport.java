package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.CaseStory;

/**
 * Imports the seed discussions of one network folder: its forum settings ({@code
 * forum-settings.yaml}), then each thread file, checked against the portal ({@link
 * ThreadReferences}) and written as records: every reply (created once, under the id the file
 * fixes), the open flags, the audit log's entry for each post they hid, and last the thread itself.
 * A thread whose id exists is skipped; since the thread is written last, an import cut short is
 * finished by the next start, and nothing is ever overwritten.
 */
@ApplicationScoped
public class ThreadImport {

  /**
   * One import of many thread files: the lessons of the same folder (a thread may be about one not
   * yet stored), the forum files read, and what was already looked up.
   */
  public static final class Batch {
    private final Map<String, LessonImport.Known> lessons;
    private final Map<String, ForumFile> forums = new HashMap<>();
    private final Map<String, Optional<Member>> members = new HashMap<>();
    private final Map<String, Optional<Network>> networks = new HashMap<>();
    private final Map<String, Optional<CaseStory>> stories = new HashMap<>();

    public Batch(Map<String, LessonImport.Known> lessons) {
      this.lessons = Map.copyOf(lessons);
    }
  }

  @Inject RecordStores stores;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject StoryRecords stories;
  Clock clock = Clock.systemUTC();

  /** Stores the network's forum settings unless it has some already. */
  public StoryImport.Outcome importForum(String networkId, String text, Batch batch) {
    ForumFile forum = ForumFile.parse(networkId, ForumFile.NAME, text);
    if (portal(batch).network(networkId).isEmpty()) {
      throw MalformedContentException.at(ForumFile.NAME, 0, "content.thread.noNetwork", networkId);
    }
    batch.forums.put(networkId, forum);
    return stores.of(Forum.KIND).create(networkId, forum.toForum(clock.instant())).isPresent()
        ? StoryImport.Outcome.IMPORTED
        : StoryImport.Outcome.SKIPPED;
  }

  /**
   * @throws MalformedContentException naming the file, the line and every problem; nothing is
   *     stored then
   */
  public StoryImport.Outcome importThread(
      String networkId, String fileName, String text, Batch batch) {
    ThreadFile file = ThreadFile.parse(networkId, fileName, text);
    if (stores.of(DiscussionThread.KIND).exists(file.id())) {
      return StoryImport.Outcome.SKIPPED;
    }
    ThreadReferences.Portal portal = portal(batch);
    ThreadReferences.check(fileName, file, portal);
    Network network = portal.network(networkId).orElseThrow();
    java.util.function.Function<String, Author> authors =
        id ->
            portal
                .member(id)
                .map(m -> new Author(m.id(), m.name(), m.organisationId(), m.stakeholderRole()))
                .orElseThrow();
    java.util.function.Function<String, List<String>> mentions =
        body -> ThreadReferences.mentions(body, network, portal);
    for (Reply reply : file.toReplies(authors, mentions)) {
      stores.of(Reply.KIND).create(reply.id(), reply);
    }
    for (Flag flag : file.toFlags()) {
      stores.of(Flag.KIND).create(flag.id(), flag);
    }
    for (ModerationEntry hidden : file.toHidings()) {
      stores.of(ModerationEntry.KIND).create(hidden.id(), hidden);
    }
    DiscussionThread thread = file.toThread(authors, mentions.apply(file.opening().body()));
    return stores.of(DiscussionThread.KIND).create(file.id(), thread).isPresent()
        ? StoryImport.Outcome.IMPORTED
        : StoryImport.Outcome.SKIPPED;
  }

  private ThreadReferences.Portal portal(Batch batch) {
    return new ThreadReferences.Portal() {
      @Override
      public Optional<Network> network(String networkId) {
        return batch.networks.computeIfAbsent(networkId, networks::network);
      }

      @Override
      public Optional<Member> member(String memberId) {
        return batch.members.computeIfAbsent(memberId, members::member);
      }

      @Override
      public Optional<CaseStory> story(String storyId) {
        return batch.stories.computeIfAbsent(storyId, id -> stories.find(id).map(Versioned::value));
      }

      @Override
      public Optional<LessonImport.Known> lesson(String lessonId) {
        return Optional.ofNullable(batch.lessons.get(lessonId))
            .or(
                () ->
                    stores
                        .of(Lesson.KIND)
                        .get(lessonId)
                        .map(l -> new LessonImport.Known(l.networkId(), l.state())));
      }

      @Override
      public List<String> categories(String networkId) {
        ForumFile file = batch.forums.get(networkId);
        if (file != null) {
          return file.categoryIds();
        }
        return stores
            .of(Forum.KIND)
            .get(networkId)
            .filter(f -> !f.categories().isEmpty())
            .map(f -> f.categories().stream().map(c -> c.id()).toList())
            .orElse(List.of(Forum.GENERAL));
      }
    };
  }
}
