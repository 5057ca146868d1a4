package org.commonplace.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;

/**
 * The one place that decides who may do what. Pure: the same viewer, action and scope always get
 * the same answer, which the authorization matrix test walks for every role.
 */
@ApplicationScoped
public class AccessPolicy {

  public boolean allows(Viewer viewer, Action action, Scope scope) {
    if (action == Action.OPERATE) {
      return viewer.siteAdmin();
    }
    if (!viewer.isSignedIn()) {
      return false;
    }
    return switch (action) {
      case READ -> mayRead(viewer, scope);
      case SEE_NETWORK_PROFILE -> true;
      case CONTRIBUTE -> scope.networkId().filter(viewer::isMemberOf).isPresent();
      case EDIT_STORY -> mayEdit(viewer, scope);
      case CONFIRM_EVIDENCE -> isStory(scope) && facilitates(viewer, scope);
      case WITHDRAW_STORY ->
          isStory(scope)
              && (scope.authorId().filter(viewer::is).isPresent() || facilitates(viewer, scope));
      case REDACT ->
          scope.networkId().isPresent() && (viewer.siteAdmin() || facilitates(viewer, scope));
      case EDIT_LESSON ->
          isStory(scope)
              && (facilitates(viewer, scope)
                  || scope.authorId().filter(viewer::is).isPresent() && isMember(viewer, scope));
      case VALIDATE_LESSON, RETIRE_LESSON -> isStory(scope) && facilitates(viewer, scope);
      case APPLY_LESSON -> isStory(scope) && mayRead(viewer, scope);
      case EDIT_NARRATIVE ->
          facilitates(viewer, scope) || isMember(viewer, scope) && scope.namesBesidesAuthor(viewer);
      case MANAGE_NARRATIVE_EDITORS -> facilitates(viewer, scope);
      case ENDORSE_NARRATIVE -> isMember(viewer, scope);
      case REACT_TO_POST, FOLLOW, FLAG_POST -> mayRead(viewer, scope);
      case ACCEPT_ANSWER, EDIT_POST ->
          isStory(scope)
              && (facilitates(viewer, scope)
                  || scope.authorId().filter(viewer::is).isPresent() && isMember(viewer, scope));
      case MODERATE, SUSPEND_MEMBER, MANAGE_FORUM, PROMOTE_TO_LESSON -> facilitates(viewer, scope);
      case INVITE ->
          viewer.siteAdmin() || scope.networkId().filter(viewer::facilitates).isPresent();
      case MANAGE_NETWORKS, MANAGE_ORGANISATIONS, READ_AUDIT_LOG -> viewer.siteAdmin();
      case USE_DIRECTORY, MANAGE_OWN_ACCOUNT, ANALYSE_RUN_CHART -> true;
      case CREATE_API_TOKEN -> !viewer.byToken();
      case OPERATE -> viewer.siteAdmin();
    };
  }

  /**
   * @throws AccessDeniedException naming the action, when it is not allowed
   */
  public void require(Viewer viewer, Action action, Scope scope) {
    if (!allows(viewer, action, scope)) {
      throw new AccessDeniedException(action, viewer.isSignedIn() || viewer.siteAdmin());
    }
  }

  /**
   * The networks whose material a viewer may read, for filtering searches and lists.
   *
   * @param networks every network, as {@link Scope#network} scopes
   */
  public Set<String> readableNetworks(Viewer viewer, Collection<Scope> networks) {
    return networks.stream()
        .filter(network -> allows(viewer, Action.READ, network))
        .flatMap(network -> network.networkId().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean mayRead(Viewer viewer, Scope scope) {
    if (scope.withdrawn()) {
      // kept for the record: its tellers and the network's facilitators still see why it left
      return scope.toldBy(viewer) || facilitates(viewer, scope);
    }
    if (scope.draft()) {
      return scope.authorId().filter(viewer::is).isPresent();
    }
    if (scope.networkId().isEmpty()) {
      return true;
    }
    return !scope.membersOnly() || viewer.isMemberOf(scope.networkId().get());
  }

  private static boolean mayEdit(Viewer viewer, Scope scope) {
    if (scope.withdrawn()) {
      return false;
    }
    if (scope.draft()) {
      return scope.authorId().filter(viewer::is).isPresent();
    }
    return scope.toldBy(viewer) && scope.networkId().filter(viewer::isMemberOf).isPresent();
  }

  /** A published story, still listed: what facilitators confirm and authors withdraw. */
  private static boolean isStory(Scope scope) {
    return scope.authorId().isPresent() && !scope.draft() && !scope.withdrawn();
  }

  private static boolean isMember(Viewer viewer, Scope scope) {
    return scope.networkId().filter(viewer::isMemberOf).isPresent();
  }

  private static boolean facilitates(Viewer viewer, Scope scope) {
    return scope.networkId().filter(viewer::facilitates).isPresent();
  }
}
