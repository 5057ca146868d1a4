package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.TestPosts;
import org.commonplace.member.entity.StakeholderRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One post of a thread page, as written in HTML")
class PostMarkupTest {

  private static final Author GWEN =
      new Author(
          "gwen-pryce", "Gwen <Pryce> & co", "harbourford-hospitals", StakeholderRole.CLINICIAN);

  private static final String PAGE = "/thread/view.xhtml?id=t1&page=2";

  private static PostMarkup.Builder markup() {
    return PostMarkup.builder()
        .page("", PAGE, Locale.ENGLISH)
        .formToken("commonplace-form-token", "tok\"en")
        .dates(i -> "on " + i.toString().substring(0, 10), Instant::toString)
        .words(o -> "Harbourford Teaching Hospitals", r -> "it may identify a patient.")
        .links(id -> PAGE + "&quote=" + id + "#reply-form", id -> PAGE + "#reply-" + id);
  }

  private static PostView reply(PostState state, String viewer, boolean accepted) {
    Reply reply =
        TestPosts.reply("r1", "t1", GWEN, Instant.parse("2026-11-01T10:00:00Z"))
            .body("Try a huddle")
            .helpfulBy(List.of("helen-marsh"))
            .state(state)
            .hiddenReason(TestPosts.hiddenReason(state))
            .build();
    return PostView.reply(reply, accepted, viewer, false, md -> "<p>" + md + "</p>");
  }

  @Test
  void shouldWriteTheAuthorLineWithWhatTheyTypedEscaped() {
    String html = markup().build().write(reply(PostState.VISIBLE, "amira-haddad", false));

    assertThat(html)
        .startsWith("<article id=\"reply-r1\" class=\"post\" aria-labelledby=\"reply-r1-by\">")
        .contains("<a href=\"/members/view.xhtml?id=gwen-pryce\">Gwen &lt;Pryce&gt; &amp; co</a>")
        .contains(", <span class=\"post__organisation\">Harbourford Teaching Hospitals</span>")
        .contains(" · Clinician · <time datetime=\"2026-11-01T10:00:00Z\">on 2026-11-01</time>")
        .contains("<div class=\"post__body\"><p>Try a huddle</p></div>")
        .contains("1 member found this helpful")
        .endsWith("</article>");
  }

  @Test
  void shouldOfferNoActionTheReaderMayNotTake() {
    String html =
        markup()
            .may(false, false, false, false)
            .build()
            .write(reply(PostState.VISIBLE, "x", false));

    assertThat(html).doesNotContain("<form").doesNotContain("post__quote");
    assertThat(html)
        .contains("<a class=\"post__link\" href=\"" + PAGE.replace("&", "&amp;") + "#reply-r1\">");
  }

  @Test
  void shouldOfferEachActionTheReaderMayTakeAsAFormCarryingTheToken() {
    String html =
        markup()
            .may(true, true, true, true)
            .build()
            .write(reply(PostState.VISIBLE, "amira-haddad", true));

    assertThat(html)
        .contains("class=\"post post--accepted\"")
        .contains("<span class=\"badge badge--answer\">Accepted answer</span>")
        .contains(
            "<form id=\"helpful-form-reply-r1\" class=\"inline-form\" method=\"post\" action=\"/thread/view.xhtml?id=t1&amp;page=2\">")
        .contains("<input type=\"hidden\" name=\"commonplace-form-token\" value=\"tok&#34;en\" />")
        .contains("<input type=\"hidden\" name=\"helpful\" value=\"true\" />")
        .contains("id=\"quote-reply-r1\" class=\"post__quote\" data-reply=\"r1\"")
        .contains("<input type=\"hidden\" name=\"post\" value=\"\" />")
        .contains(">No longer the answer</button>")
        .contains(">Promote to a lesson</button>");
  }

  @Test
  void shouldNotLetAnAuthorMarkTheirOwnPostHelpful() {
    String html =
        markup()
            .may(true, true, false, false)
            .build()
            .write(reply(PostState.VISIBLE, "gwen-pryce", false));

    assertThat(html).doesNotContain("helpful-form").contains("quote-reply-r1");
  }

  @Test
  void shouldShowOtherReadersOfAHiddenPostTheReasonAndNotTheText() {
    String html =
        markup().may(true, true, true, true).build().write(reply(PostState.HIDDEN, "x", false));

    assertThat(html)
        .contains("class=\"post post--withheld\"")
        .contains(
            "<p class=\"post__notice\" role=\"note\">Hidden by a facilitator: it may identify a patient.</p>")
        .doesNotContain("Try a huddle")
        .doesNotContain("<form");
  }

  @Test
  void shouldWriteWhatOtherFeaturesShowBesideThePostInsideIt() {
    String html =
        markup()
            .asides(
                r ->
                    List.of(
                        PostAside.notice("Thank you: a facilitator will look at it."),
                        PostAside.link(
                            "flag-" + r.id(),
                            "Flag this post",
                            "/moderation/post.xhtml?thread=t1&reply=r1")))
            .build()
            .write(reply(PostState.VISIBLE, "x", false));

    assertThat(html)
        .endsWith(
            "<p class=\"messages messages--info post__aside\" role=\"status\">Thank you: a facilitator will look at it.</p>"
                + "<a id=\"flag-r1\" class=\"post__link\" href=\"/moderation/post.xhtml?thread=t1&amp;reply=r1\">Flag this post</a></article>");
  }
}
