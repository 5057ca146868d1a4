package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.LessonSketch;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.entity.Basis;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.LessonDraft;

/**
 * Turns a thread, or the reply in it that holds the learning, into a proposed lesson based on the
 * thread, through the lesson feature's own rules, so a promoted lesson is validated like any other.
 */
@ApplicationScoped
public class LessonPromotion {

  @Inject LessonService lessons;

  /**
   * @param actionText the reply's body, or the opening post's
   * @return the proposed lesson's id
   */
  public String propose(Viewer viewer, DiscussionThread thread, String actionText) {
    LessonDraft draft = new LessonDraft();
    draft.setNetworkId(thread.networkId());
    draft.setStatement(LessonSketch.statement(thread.title()));
    draft.setAction(LessonSketch.action(actionText));
    draft.setBasis(List.of(new Basis(BasisKind.THREAD, thread.id(), null, thread.title())));
    draft.setLanguage(thread.language());
    // the texts passed the patient-identifier guard, or their author confirmed them, when posted
    draft.setIdentifiersConfirmed(true);
    return lessons.propose(viewer, draft).id();
  }
}
