package org.commonplace.access.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorization matrix: every role against every action in every scope, with the expected
 * answer written out as a table (the same table as in the issue's closing note). A new action or
 * role without rows here fails {@link Completeness}.
 */
class AccessPolicyTest {

  private static final String OPEN = "open-net";
  private static final String PRIVATE = "private-net";

  /**
   * The roles, as viewers. "author" wrote the draft in the scopes below; "-token" roles called with
   * an API token, every other member through a session.
   */
  static final Map<String, Viewer> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", Viewer.ANONYMOUS);
    ROLES.put("operator", Viewer.OPERATOR);
    ROLES.put("outsider", member("outsider", false, Set.of(), Set.of()));
    ROLES.put("member-open", member("member-open", false, Set.of(OPEN), Set.of()));
    ROLES.put("member-private", member("member-private", false, Set.of(PRIVATE), Set.of()));
    ROLES.put("author", member("author", false, Set.of(OPEN, PRIVATE), Set.of()));
    ROLES.put(
        "facilitator-private",
        member("facilitator-private", false, Set.of(PRIVATE), Set.of(PRIVATE)));
    ROLES.put("admin", member("admin", true, Set.of(), Set.of()));
    // the same people identified by an API token instead of a signed-in session
    ROLES.put(
        "member-open-token",
        member("member-open", false, Set.of(OPEN), Set.of()).identifiedByToken());
    ROLES.put("admin-token", member("admin", true, Set.of(), Set.of()).identifiedByToken());
  }

  /** The scopes acted on. */
  static final Map<String, Scope> SCOPES = new LinkedHashMap<>();

  static {
    SCOPES.put("site", Scope.SITE);
    SCOPES.put("open network", Scope.network(OPEN, false));
    SCOPES.put("members-only network", Scope.network(PRIVATE, true));
    SCOPES.put("story in open", Scope.story(OPEN, false, "author", false));
    SCOPES.put("story in members-only", Scope.story(PRIVATE, true, "author", false));
    SCOPES.put("draft in open", Scope.story(OPEN, false, "author", true));
    SCOPES.put("draft in members-only", Scope.story(PRIVATE, true, "author", true));
  }

  /**
   * Who is allowed, per action and scope; everyone not listed is denied. "*" means every signed-in
   * member, whether identified by a session or a token. Read it as the matrix in the closing note.
   */
  static final List<Row> MATRIX =
      List.of(
          row(Action.READ, "site", "*"),
          row(Action.READ, "open network", "*"),
          row(Action.READ, "members-only network", "member-private author facilitator-private"),
          row(Action.READ, "story in open", "*"),
          row(Action.READ, "story in members-only", "member-private author facilitator-private"),
          row(Action.READ, "draft in open", "author"),
          row(Action.READ, "draft in members-only", "author"),
          row(Action.CONTRIBUTE, "site", ""),
          row(Action.CONTRIBUTE, "open network", "member-open member-open-token author"),
          row(
              Action.CONTRIBUTE,
              "members-only network",
              "member-private author facilitator-private"),
          row(Action.CONTRIBUTE, "story in open", "member-open member-open-token author"),
          row(
              Action.CONTRIBUTE,
              "story in members-only",
              "member-private author facilitator-private"),
          row(Action.CONTRIBUTE, "draft in open", "member-open member-open-token author"),
          row(
              Action.CONTRIBUTE,
              "draft in members-only",
              "member-private author facilitator-private"),
          row(Action.EDIT_DRAFT, "site", ""),
          row(Action.EDIT_DRAFT, "open network", ""),
          row(Action.EDIT_DRAFT, "members-only network", ""),
          row(Action.EDIT_DRAFT, "story in open", ""),
          row(Action.EDIT_DRAFT, "story in members-only", ""),
          row(Action.EDIT_DRAFT, "draft in open", "author"),
          row(Action.EDIT_DRAFT, "draft in members-only", "author"),
          row(Action.INVITE, "site", "admin admin-token"),
          row(Action.INVITE, "open network", "admin admin-token"),
          row(Action.INVITE, "members-only network", "facilitator-private admin admin-token"),
          row(Action.INVITE, "story in open", "admin admin-token"),
          row(Action.INVITE, "story in members-only", "facilitator-private admin admin-token"),
          row(Action.INVITE, "draft in open", "admin admin-token"),
          row(Action.INVITE, "draft in members-only", "facilitator-private admin admin-token"),
          everywhere(Action.MANAGE_NETWORKS, "admin admin-token"),
          everywhere(Action.MANAGE_ORGANISATIONS, "admin admin-token"),
          everywhere(Action.READ_AUDIT_LOG, "admin admin-token"),
          everywhere(Action.OPERATE, "operator admin admin-token"),
          everywhere(Action.SEE_NETWORK_PROFILE, "*"),
          everywhere(Action.USE_DIRECTORY, "*"),
          everywhere(Action.ANALYSE_RUN_CHART, "*"),
          everywhere(Action.MANAGE_OWN_ACCOUNT, "*"),
          // a token never mints tokens: only members in a signed-in session create them
          everywhere(
              Action.CREATE_API_TOKEN,
              "outsider member-open member-private author facilitator-private admin"));

  private final AccessPolicy policy = new AccessPolicy();

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @MethodSource("cells")
  @DisplayName("the matrix")
  void shouldDecideAsTheMatrixSays(String role, Action action, String scope, boolean allowed) {
    assertThat(policy.allows(ROLES.get(role), action, SCOPES.get(scope))).isEqualTo(allowed);
  }

  static Stream<Arguments> cells() {
    return expanded().stream()
        .flatMap(
            row ->
                ROLES.keySet().stream()
                    .map(role -> Arguments.of(role, row.action(), row.scope(), row.allows(role))));
  }

  @Nested
  @DisplayName("the matrix itself")
  class Completeness {

    @Test
    void shouldCoverEveryActionInEveryScope() {
      Set<String> covered =
          expanded().stream().map(r -> r.action() + "@" + r.scope()).collect(Collectors.toSet());
      Set<String> all =
          Arrays.stream(Action.values())
              .flatMap(a -> SCOPES.keySet().stream().map(s -> a + "@" + s))
              .collect(Collectors.toSet());

      assertThat(covered).isEqualTo(all);
    }

    @Test
    void shouldNameOnlyKnownRoles() {
      assertThat(
              MATRIX.stream()
                  .flatMap(r -> r.roles().stream())
                  .filter(r -> !"*".equals(r))
                  .collect(Collectors.toSet()))
          .isSubsetOf(ROLES.keySet());
    }
  }

  @Nested
  @DisplayName("when listing what a member may read")
  class ReadableNetworks {

    private final List<Scope> networks =
        List.of(Scope.network(OPEN, false), Scope.network(PRIVATE, true));

    @Test
    void shouldGiveAnOutsiderOnlyOpenNetworks() {
      assertThat(policy.readableNetworks(ROLES.get("outsider"), networks)).containsExactly(OPEN);
    }

    @Test
    void shouldGiveAMemberTheirMembersOnlyNetworkToo() {
      assertThat(policy.readableNetworks(ROLES.get("member-private"), networks))
          .containsExactlyInAnyOrder(OPEN, PRIVATE);
    }

    @Test
    void shouldGiveAVisitorNothing() {
      assertThat(policy.readableNetworks(Viewer.ANONYMOUS, networks)).isEmpty();
    }

    @Test
    void shouldNotLetASiteAdminReadAMembersOnlyNetworkTheyAreNotIn() {
      assertThat(policy.readableNetworks(ROLES.get("admin"), networks)).containsExactly(OPEN);
    }
  }

  @Nested
  @DisplayName("when requiring an action")
  class Require {

    @Test
    void shouldAskAVisitorToSignIn() {
      assertThatThrownBy(() -> policy.require(Viewer.ANONYMOUS, Action.CONTRIBUTE, Scope.SITE))
          .isInstanceOfSatisfying(
              AccessDeniedException.class, e -> assertThat(e.signedIn()).isFalse());
    }

    @Test
    void shouldRefuseATokenCreatingATokenWithoutAskingToSignIn() {
      assertThatThrownBy(
              () ->
                  policy.require(
                      ROLES.get("member-open-token"), Action.CREATE_API_TOKEN, Scope.SITE))
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> {
                assertThat(e.signedIn()).isTrue();
                assertThat(e.action()).isEqualTo(Action.CREATE_API_TOKEN);
              });
    }

    @Test
    void shouldRefuseASignedInMemberWithoutAskingToSignIn() {
      assertThatThrownBy(
              () -> policy.require(ROLES.get("outsider"), Action.READ_AUDIT_LOG, Scope.SITE))
          .isInstanceOfSatisfying(
              AccessDeniedException.class, e -> assertThat(e.signedIn()).isTrue());
    }
  }

  private static Viewer member(
      String id, boolean admin, Set<String> networks, Set<String> facilitates) {
    return Viewer.member(id, id, admin, networks, facilitates);
  }

  private static List<Row> expanded() {
    return MATRIX.stream()
        .flatMap(r -> r.scope().equals("*") ? SCOPES.keySet().stream().map(r::in) : Stream.of(r))
        .toList();
  }

  private static Row row(Action action, String scope, String roles) {
    return new Row(action, scope, roles.isBlank() ? List.of() : List.of(roles.split(" ")));
  }

  private static Row everywhere(Action action, String roles) {
    return row(action, "*", roles);
  }

  /** One line of the matrix: these roles may do this action in this scope. */
  record Row(Action action, String scope, List<String> roles) {

    Row in(String otherScope) {
      return new Row(action, otherScope, roles);
    }

    boolean allows(String role) {
      boolean signedIn = !role.equals("anonymous") && !role.equals("operator");
      return roles.contains(role) || (roles.contains("*") && signedIn);
    }
  }
}
