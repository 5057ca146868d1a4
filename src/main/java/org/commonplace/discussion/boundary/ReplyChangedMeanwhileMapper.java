package org.commonplace.discussion.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.control.ReplyChangedMeanwhileException;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.platform.web.StaleVersionProblem;

/** An edit based on an old version of the reply: 412 with the version and text there now. */
@Provider
public class ReplyChangedMeanwhileMapper
    implements ExceptionMapper<ReplyChangedMeanwhileException> {

  @Inject CurrentViewer viewer;
  @Inject Discussions discussions;

  @Override
  public Response toResponse(ReplyChangedMeanwhileException e) {
    var current = e.current();
    DiscussionThread thread =
        discussions.find(viewer.viewer(), current.value().threadId()).orElse(null);
    Object body =
        thread == null ? null : ThreadJson.reply(viewer.viewer(), thread, current.value(), 0);
    return StaleVersionProblem.response(current.version(), body);
  }
}
