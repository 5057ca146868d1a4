package org.commonplace.notification.control;

import java.util.List;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.notification.entity.NotificationKind;

/**
 * Who hears of a facilitator's decision: the members who flagged the post, of a flag's outcome; the
 * post's author, of anything done to their post (hidden, restored, edited, redacted, approved,
 * moved…), with the facilitator's reason. A pure rule, tested by firing events at it.
 */
public final class ModerationAudiences {

  private ModerationAudiences() {}

  public static Audience of(ModerationEvent event) {
    Audience audience = new Audience();
    if (event.action() == ModerationAction.DECIDE_FLAG) {
      audience.add(event.flaggerIds(), NotificationKind.FLAG_DECIDED);
    } else if (event.postAuthorId() != null) {
      audience.add(List.of(event.postAuthorId()), NotificationKind.POST_MODERATED);
    }
    return audience;
  }
}
