package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.lesson.control.LessonRecords;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.member.control.NetworkAccess;

/**
 * Backs the part of the story page that lists the lessons drawn from the story (in networks the
 * reader may read) and links to proposing one from it. It reads the story's id from the request, as
 * the story page got it, so the story feature needs to know nothing of lessons.
 */
@Named
@RequestScoped
public class StoryLessonsView {

  @Inject LessonRecords records;
  @Inject NetworkAccess access;
  @Inject CurrentViewer viewer;
  @Inject LessonFormPost request;
  @Inject org.commonplace.story.control.StoryRecords stories;

  private List<Lesson> lessons;

  public String getStoryId() {
    return request.param("id");
  }

  /** A lesson is proposed from a published story only, never from a draft or withdrawn one. */
  public boolean isProposable() {
    return stories
        .find(getStoryId())
        .map(s -> !s.value().isDraft() && !s.value().isWithdrawn())
        .orElse(false);
  }

  public List<Lesson> getLessons() {
    if (lessons == null) {
      lessons =
          viewer.isSignedIn() && !getStoryId().isEmpty()
              ? records.basedOn(getStoryId(), access.readable(viewer.viewer()))
              : List.of();
    }
    return lessons;
  }
}
