package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.discussion.control.PostAsides;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.web.Messages;

/**
 * Moderation beside each post of a thread page: what a moderation form just did to it, and a link
 * to the post's moderation page, to moderate for the network's facilitators, to flag for members
 * who may. Links, not forms: the forms live on moderation/post.xhtml, so a page of twenty posts
 * stays small (a facilitator's forms beside every post tripled it, and a page that large is already
 * streaming when the Faces flash must clear its cookie after sign-in, JSF1095). Both work without
 * JavaScript.
 */
@RequestScoped
public class ModerationBesidePosts implements PostAsides {

  @Inject PostModerationView permissions;
  @Inject ModerationNotice notice;
  @Inject FacesContext faces;

  @Override
  public List<PostAside> beside(DiscussionThread thread, Reply reply) {
    List<PostAside> beside = new ArrayList<>(2);
    String done = notice.forPost(thread, reply);
    if (!done.isEmpty()) {
      beside.add(PostAside.notice(done));
    }
    String key = permissions.key(thread, reply);
    if (permissions.mayModerate(thread)) {
      beside.add(
          PostAside.link("moderate-" + key, text("moderation.form.summary"), page(thread, reply)));
    } else if (permissions.mayFlag(thread, reply)) {
      beside.add(PostAside.link("flag-" + key, text("flag.form.summary"), page(thread, reply)));
    }
    return beside;
  }

  private String page(DiscussionThread thread, Reply reply) {
    return faces.getExternalContext().getRequestContextPath()
        + "/moderation/post.xhtml?thread="
        + query(thread.id())
        + (reply == null ? "" : "&reply=" + query(reply.id()));
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String text(String key) {
    return Messages.text(faces.getViewRoot().getLocale(), key);
  }
}
