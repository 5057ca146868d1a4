package org.commonplace.discussion.boundary;

import jakarta.faces.component.FacesComponent;

/** {@code <post:posts value="#{postViews}"/>}: the posts of a list, one after another. */
@FacesComponent(createTag = true, namespace = PostElement.NAMESPACE, tagName = "posts")
public class PostListElement extends PostElement {}
