package org.commonplace.moderation.boundary;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.commonplace.access.entity.Viewer;
import org.commonplace.moderation.boundary.ModerationJson.FlagView;
import org.commonplace.moderation.boundary.ModerationRequests.FlagRequest;
import org.commonplace.moderation.control.Flagging;
import org.commonplace.moderation.entity.Flag;

/** The answer both flag resources give: 201 with the flag as stored. */
final class FlagAnswers {

  private FlagAnswers() {}

  static Response created(
      Flagging flagging, Viewer viewer, String threadId, String replyId, FlagRequest request) {
    FlagRequest body = request == null ? new FlagRequest(null, null) : request;
    Flag flag = flagging.flag(viewer, threadId, replyId, body.reason(), body.note());
    return Response.status(Response.Status.CREATED)
        .entity(FlagView.of(flag, Instant.now()))
        .build();
  }
}
