package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.PostRules;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.ThreadDraft;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.Language;

/**
 * Starts threads: in a network's forum, or about a case story or lesson the member may read (whose
 * network the thread joins). Every rule is checked before anything is stored, in the order a person
 * can act on: where, may they, what they wrote, the guard, the gate, the limits.
 */
@ApplicationScoped
public class NewThreads {

  private static final int ID_ATTEMPTS = 3;

  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject ForumSettings forums;
  @Inject Posting posting;
  @Inject Mentioned mentioned;
  @Inject StoryService stories;
  @Inject LessonService lessons;

  public DiscussionThread start(Viewer viewer, ThreadDraft draft) {
    Optional<String> aboutNetwork = networkOf(viewer, draft.attachedTo());
    String networkId =
        Posting.nonBlank(draft.networkId())
            .or(() -> aboutNetwork)
            .orElseThrow(
                () -> InvalidInputException.of("networkId", "thread.error.network.required"));
    if (aboutNetwork.filter(n -> !n.equals(networkId)).isPresent()) {
      throw InvalidInputException.of("attachedTo", "thread.error.attachedTo.otherNetwork");
    }
    Scope network = access.network(networkId);
    access.require(viewer, Action.CONTRIBUTE, network);
    List<Violation> problems = new ArrayList<>(PostRules.violationsOf(draft));
    String categoryId = category(networkId, draft.categoryId(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    posting.guard(draft.title(), draft.body(), draft.identifiersConfirmed());
    PostState state = posting.admit(viewer, networkId);
    Member author = posting.author(viewer);
    posting.checkThreadLimit(viewer, author);
    String title = draft.title().strip();
    String body = draft.body().strip();
    List<String> mentions =
        mentioned.in(body, Scope.post(networkId, network.membersOnly(), author.id()), author.id());
    for (int attempt = 1; ; attempt++) {
      var now = posting.now();
      DiscussionThread thread =
          new DiscussionThread(
              Ids.newId(title, "thread"),
              networkId,
              categoryId,
              draft.attachedTo(),
              title,
              body,
              PostRules.tags(draft.tags()),
              Language.EN,
              Posting.authorOf(author),
              now,
              null,
              now,
              0,
              null,
              state,
              null,
              false,
              false,
              null,
              mentions,
              List.of());
      if (records.threads().create(thread.id(), thread).isPresent()) {
        if (state == PostState.VISIBLE) {
          posting.announce(
              new PostEvent(
                  PostEventKind.THREAD_STARTED,
                  networkId,
                  thread.id(),
                  null,
                  author.id(),
                  author.name(),
                  author.id(),
                  mentions));
        }
        return thread;
      }
      if (attempt == ID_ATTEMPTS) {
        throw new IllegalStateException("No free id for a thread after " + attempt + " tries");
      }
    }
  }

  /** The network of the story or lesson the thread is about, which the member must read. */
  private Optional<String> networkOf(Viewer viewer, About about) {
    if (about == null) {
      return Optional.empty();
    }
    if (about.kind() == null || !Ids.isWellFormed(about.recordId())) {
      throw InvalidInputException.of("attachedTo", "thread.error.attachedTo.unknown");
    }
    Optional<String> network =
        switch (about.kind()) {
          case STORY ->
              stories
                  .read(viewer, about.recordId())
                  .map(v -> v.value())
                  .filter(s -> !s.isDraft() && !s.isWithdrawn())
                  .map(s -> s.getNetworkId());
          case LESSON -> lessons.read(viewer, about.recordId()).map(v -> v.value().networkId());
        };
    return Optional.of(
        network.orElseThrow(
            () -> InvalidInputException.of("attachedTo", "thread.error.attachedTo.unknown")));
  }

  /** The category named, which the forum must have; the forum's first when none is named. */
  private String category(String networkId, String sent, List<Violation> problems) {
    List<Category> categories = forums.of(networkId).categories();
    Optional<String> named = Posting.nonBlank(sent);
    if (named.isEmpty()) {
      return categories.get(0).id();
    }
    if (categories.stream().noneMatch(c -> c.id().equals(named.get()))) {
      problems.add(Violation.of("categoryId", "thread.error.category.unknown", named.get()));
    }
    return named.get();
  }
}
