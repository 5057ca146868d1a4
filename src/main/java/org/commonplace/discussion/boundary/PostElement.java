package org.commonplace.discussion.boundary;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * {@code <post:post value="#{postView}"/>}: one post of the thread page, written by {@link
 * PostMarkup}.
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
    context
        .getResponseWriter()
        .write(markup(context).write((PostView) getAttributes().get("value")));
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
