package org.commonplace.discussion.boundary;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * {@code <post:post value="#{postView}"/>}: one post of the thread page, written by {@link
 * PostMarkup}; {@code <post:posts value="#{postViews}"/>} ({@link PostListElement}) writes a list
 * of them, the page's replies, in one go rather than through {@code ui:repeat}.
 */
@FacesComponent(createTag = true, namespace = PostElement.NAMESPACE, tagName = "post")
public class PostElement extends UIComponentBase {

  /** The tag's namespace, declared by the page as {@code xmlns:post}. */
  public static final String NAMESPACE = "commonplace.discussion";

  @Override
  public String getFamily() {
    return "commonplace.discussion";
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    PostMarkup markup = markup(context);
    Object value = getAttributes().get("value");
    if (value instanceof PostView post) {
      context.getResponseWriter().write(markup.write(post));
    } else if (value instanceof Iterable<?> posts) {
      for (Object post : posts) {
        context.getResponseWriter().write(markup.write((PostView) post));
      }
    }
  }

  /** Looked up once per request: a page holds twenty posts. */
  private static PostMarkup markup(FacesContext context) {
    return (PostMarkup)
        context
            .getAttributes()
            .computeIfAbsent(
                PostMarkup.class,
                k ->
                    context
                        .getApplication()
                        .evaluateExpressionGet(
                            context, "#{threadReadView.markup}", PostMarkup.class));
  }
}
