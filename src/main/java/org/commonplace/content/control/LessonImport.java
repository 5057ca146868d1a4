package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.Organisation;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.CaseStory;

/**
 * Imports one lesson file: read and checked against the lesson's rules, then against the portal
 * (its network, the members who proposed, validated and retired it as members and facilitators of
 * that network, the stories and cycles it is based on, the aims of the network's narrative, the
 * lessons it names, the members and organisations that applied it), then created only if no lesson
 * has its id. The record is written directly, with its transitions and counts derived from the
 * file, as the story import writes stories.
 */
@ApplicationScoped
public class LessonImport {

  /** A lesson another file names, as far as the import needs to know it. */
  public record Known(String networkId, LessonState state) {}

  /**
   * One import of many lesson files: the lessons they hold, which a file may name before they are
   * stored, and what was already looked up, since sixty files name the same few members, stories
   * and organisations again and again.
   */
  public static final class Batch {
    private final Map<String, Known> lessons;
    private final Map<String, Optional<Member>> members = new HashMap<>();
    private final Map<String, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<String, Optional<CaseStory>> stories = new HashMap<>();
    private final Map<String, Optional<Network>> networks = new HashMap<>();
    private final Map<String, List<String>> aims = new HashMap<>();

    public Batch(Map<String, Known> lessons) {
      this.lessons = Map.copyOf(lessons);
    }
  }

  @Inject RecordStores stores;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject StoryRecords stories;

  /**
   * @param batch the lessons of the same import, which the file may name before they exist
   * @throws MalformedContentException naming the file, the line and every problem; nothing is
   *     stored then
   */
  public StoryImport.Outcome importLesson(String fileName, String text, Batch batch) {
    LessonFile file = LessonFile.parse(fileName, text);
    if (stores.of(Lesson.KIND).exists(file.id())) {
      return StoryImport.Outcome.SKIPPED;
    }
    Lesson lesson = checked(fileName, file, batch);
    return stores.of(Lesson.KIND).create(file.id(), lesson).isPresent()
        ? StoryImport.Outcome.IMPORTED
        : StoryImport.Outcome.SKIPPED;
  }

  /** What the file names exists and may be named by whom it says; the lesson it makes. */
  Lesson checked(String fileName, LessonFile file, Batch batch) {
    LessonReferences.Portal portal = portal(batch);
    LessonReferences.check(fileName, file, portal);
    return file.toLesson(
        new LessonFile.Names() {
          @Override
          public String member(String memberId) {
            return portal.member(memberId).map(Member::name).orElse(memberId);
          }

          @Override
          public String organisation(String organisationId) {
            return organisationIn(batch, organisationId)
                .map(Organisation::name)
                .orElse(organisationId);
          }

          @Override
          public String story(String storyId) {
            return portal.story(storyId).map(CaseStory::getTitle).orElse(storyId);
          }

          @Override
          public String thread(String threadId) {
            return stores
                .of(DiscussionThread.KIND)
                .get(threadId)
                .map(DiscussionThread::title)
                .orElse(threadId);
          }
        });
  }

  private Optional<Organisation> organisationIn(Batch batch, String organisationId) {
    return batch.organisations.computeIfAbsent(organisationId, organisations::organisation);
  }

  private LessonReferences.Portal portal(Batch batch) {
    return new LessonReferences.Portal() {
      @Override
      public Optional<Network> network(String networkId) {
        return batch.networks.computeIfAbsent(networkId, networks::network);
      }

      @Override
      public Optional<Member> member(String memberId) {
        return batch.members.computeIfAbsent(memberId, members::member);
      }

      @Override
      public boolean organisationExists(String organisationId) {
        return organisationIn(batch, organisationId).isPresent();
      }

      @Override
      public Optional<CaseStory> story(String storyId) {
        return batch.stories.computeIfAbsent(storyId, id -> stories.find(id).map(Versioned::value));
      }

      @Override
      public List<String> aims(String networkId) {
        return batch.aims.computeIfAbsent(
            networkId,
            id ->
                stores.of(Narrative.KIND).get(id).map(Narrative::aims).orElse(List.of()).stream()
                    .map(Aim::id)
                    .toList());
      }

      @Override
      public Optional<String> threadNetwork(String threadId) {
        return stores.of(DiscussionThread.KIND).get(threadId).map(DiscussionThread::networkId);
      }

      @Override
      public Optional<Known> lesson(String lessonId) {
        return Optional.ofNullable(batch.lessons.get(lessonId))
            .or(
                () ->
                    stores
                        .of(Lesson.KIND)
                        .get(lessonId)
                        .map(l -> new Known(l.networkId(), l.state())));
      }
    };
  }
}
