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
   * The roles, as viewers. "author" wrote the stories in the scopes below and "co-author" tells
   * them too; "-token" roles called with an API token, every other member through a session.
   */
  static final Map<String, Viewer> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", Viewer.ANONYMOUS);
    ROLES.put("operator", Viewer.OPERATOR);
    ROLES.put("outsider", member("outsider", false, Set.of(), Set.of()));
    ROLES.put("member-open", member("member-open", false, Set.of(OPEN), Set.of()));
    ROLES.put("member-private", member("member-private", false, Set.of(PRIVATE), Set.of()));
    ROLES.put("author", member("author", false, Set.of(OPEN, PRIVATE), Set.of()));
    ROLES.put("co-author", member("co-author", false, Set.of(OPEN, PRIVATE), Set.of()));
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

  private static final String ADMINS = "admin admin-token";
  private static final String IN_OPEN = "member-open member-open-token author co-author";
  private static final String IN_PRIVATE = "member-private author co-author facilitator-private";

  /** Every scope but a published, listed story: no evidence to confirm, nothing to withdraw. */
  private static final String[] NOT_LISTED_STORIES = {
    "site",
    "open network",
    "members-only network",
    "draft in open",
    "draft in members-only",
    "withdrawn in open",
    "withdrawn in members-only"
  };

  /** The scopes acted on. */
  static final Map<String, Scope> SCOPES = new LinkedHashMap<>();

  static {
    SCOPES.put("site", Scope.SITE);
    SCOPES.put("open network", Scope.network(OPEN, false));
    SCOPES.put("members-only network", Scope.network(PRIVATE, true));
    SCOPES.put("story in open", story(OPEN, false, false));
    SCOPES.put("story in members-only", story(PRIVATE, true, false));
    SCOPES.put("draft in open", story(OPEN, false, true));
    SCOPES.put("draft in members-only", story(PRIVATE, true, true));
    SCOPES.put("withdrawn in open", story(OPEN, false, false).asWithdrawn());
    SCOPES.put("withdrawn in members-only", story(PRIVATE, true, false).asWithdrawn());
  }

  /** Who reads what: the first rows of the matrix, which reacting, following and flagging share. */
  private static final List<Row> MATRIX_READ =
      Stream.of(
              row(Action.READ, "site", "*"),
              row(Action.READ, "open network", "*"),
              row(Action.READ, "members-only network", IN_PRIVATE),
              row(Action.READ, "story in open", "*"),
              row(Action.READ, "story in members-only", IN_PRIVATE),
              row(Action.READ, "draft in open", "author"),
              row(Action.READ, "draft in members-only", "author"),
              // a withdrawn story stays readable to its tellers and the facilitators who may ask
              // why
              row(Action.READ, "withdrawn in open", "author co-author"),
              row(Action.READ, "withdrawn in members-only", "author co-author facilitator-private"))
          .flatMap(List::stream)
          .toList();

  /**
   * Who is allowed, per action and scope; everyone not listed is denied. "*" means every signed-in
   * member, whether identified by a session or a token. Read it as the matrix in the closing note.
   */
  static final List<Row> MATRIX =
      List.of(
              MATRIX_READ,
              row(Action.CONTRIBUTE, "site", ""),
              inEachNetwork(Action.CONTRIBUTE, IN_OPEN, IN_PRIVATE),
              inEachNetwork(Action.INVITE, ADMINS, "facilitator-private " + ADMINS),
              row(Action.INVITE, "site", ADMINS),
              row(Action.EDIT_STORY, "story in open", "author co-author"),
              row(Action.EDIT_STORY, "story in members-only", "author co-author"),
              row(Action.EDIT_STORY, "draft in open", "author"),
              row(Action.EDIT_STORY, "draft in members-only", "author"),
              nobody(Action.EDIT_STORY, "site", "open network", "members-only network"),
              // nobody edits a withdrawn story: it is kept as it was when it left
              nobody(Action.EDIT_STORY, "withdrawn in open", "withdrawn in members-only"),
              row(Action.CONFIRM_EVIDENCE, "story in members-only", "facilitator-private"),
              nobody(Action.CONFIRM_EVIDENCE, NOT_LISTED_STORIES),
              nobody(Action.CONFIRM_EVIDENCE, "story in open"),
              row(Action.WITHDRAW_STORY, "story in open", "author"),
              row(Action.WITHDRAW_STORY, "story in members-only", "author facilitator-private"),
              nobody(Action.WITHDRAW_STORY, NOT_LISTED_STORIES),
              // a lesson is judged as a published story whose author proposed it
              row(Action.EDIT_LESSON, "story in open", "author"),
              row(Action.EDIT_LESSON, "story in members-only", "author facilitator-private"),
              nobody(Action.EDIT_LESSON, NOT_LISTED_STORIES),
              row(Action.VALIDATE_LESSON, "story in members-only", "facilitator-private"),
              nobody(Action.VALIDATE_LESSON, "story in open"),
              nobody(Action.VALIDATE_LESSON, NOT_LISTED_STORIES),
              row(Action.RETIRE_LESSON, "story in members-only", "facilitator-private"),
              nobody(Action.RETIRE_LESSON, "story in open"),
              nobody(Action.RETIRE_LESSON, NOT_LISTED_STORIES),
              // applying travels: anyone who may read the lesson, from any network
              row(Action.APPLY_LESSON, "story in open", "*"),
              row(Action.APPLY_LESSON, "story in members-only", IN_PRIVATE),
              nobody(Action.APPLY_LESSON, NOT_LISTED_STORIES),
              // a narrative names its editors where a story names its co-authors
              row(Action.EDIT_NARRATIVE, "site", ""),
              row(Action.EDIT_NARRATIVE, "open network", ""),
              row(Action.EDIT_NARRATIVE, "members-only network", "facilitator-private"),
              row(Action.EDIT_NARRATIVE, "story in open", "co-author"),
              row(Action.EDIT_NARRATIVE, "story in members-only", "co-author facilitator-private"),
              row(Action.EDIT_NARRATIVE, "draft in open", "co-author"),
              row(Action.EDIT_NARRATIVE, "draft in members-only", "co-author facilitator-private"),
              row(Action.EDIT_NARRATIVE, "withdrawn in open", "co-author"),
              row(
                  Action.EDIT_NARRATIVE,
                  "withdrawn in members-only",
                  "co-author facilitator-private"),
              inEachNetwork(Action.MANAGE_NARRATIVE_EDITORS, "", "facilitator-private"),
              row(Action.MANAGE_NARRATIVE_EDITORS, "site", ""),
              inEachNetwork(Action.ENDORSE_NARRATIVE, IN_OPEN, IN_PRIVATE),
              row(Action.ENDORSE_NARRATIVE, "site", ""),
              // a post is judged as a published story whose author wrote it
              likeRead(Action.REACT_TO_POST),
              likeRead(Action.FOLLOW),
              likeRead(Action.FLAG_POST),
              row(Action.ACCEPT_ANSWER, "story in open", "author"),
              row(Action.ACCEPT_ANSWER, "story in members-only", "author facilitator-private"),
              nobody(Action.ACCEPT_ANSWER, NOT_LISTED_STORIES),
              row(Action.EDIT_POST, "story in open", "author"),
              row(Action.EDIT_POST, "story in members-only", "author facilitator-private"),
              nobody(Action.EDIT_POST, NOT_LISTED_STORIES),
              inEachNetwork(Action.MODERATE, "", "facilitator-private"),
              row(Action.MODERATE, "site", ""),
              inEachNetwork(Action.SUSPEND_MEMBER, "", "facilitator-private"),
              row(Action.SUSPEND_MEMBER, "site", ""),
              inEachNetwork(Action.MANAGE_FORUM, "", "facilitator-private"),
              row(Action.MANAGE_FORUM, "site", ""),
              inEachNetwork(Action.PROMOTE_TO_LESSON, "", "facilitator-private"),
              row(Action.PROMOTE_TO_LESSON, "site", ""),
              row(Action.REDACT, "site", ""),
              inEachNetwork(Action.REDACT, ADMINS, "facilitator-private " + ADMINS),
              everywhere(Action.MANAGE_NETWORKS, ADMINS),
              everywhere(Action.MANAGE_ORGANISATIONS, ADMINS),
              everywhere(Action.READ_AUDIT_LOG, ADMINS),
              everywhere(Action.OPERATE, "operator " + ADMINS),
              everywhere(Action.SEE_NETWORK_PROFILE, "*"),
              everywhere(Action.USE_DIRECTORY, "*"),
              everywhere(Action.ANALYSE_RUN_CHART, "*"),
              everywhere(Action.MANAGE_OWN_ACCOUNT, "*"),
              // a token never mints tokens: only members in a signed-in session create them
              everywhere(
                  Action.CREATE_API_TOKEN,
                  "outsider member-open member-private author co-author facilitator-private admin"))
          .stream()
          .flatMap(List::stream)
          .toList();

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

  private static Scope story(String network, boolean membersOnly, boolean draft) {
    return Scope.story(network, membersOnly, "author", draft).withCoAuthors(Set.of("co-author"));
  }

  private static List<Row> expanded() {
    return MATRIX.stream()
        .flatMap(r -> r.scope().equals("*") ? SCOPES.keySet().stream().map(r::in) : Stream.of(r))
        .toList();
  }

  private static List<Row> row(Action action, String scope, String roles) {
    return List.of(new Row(action, scope, roles.isBlank() ? List.of() : List.of(roles.split(" "))));
  }

  private static List<Row> everywhere(Action action, String roles) {
    return row(action, "*", roles);
  }

  /** Whoever may read a scope may do this to it. */
  private static List<Row> likeRead(Action action) {
    return MATRIX_READ.stream().map(r -> new Row(action, r.scope(), r.roles())).toList();
  }

  private static List<Row> nobody(Action action, String... scopes) {
    return Stream.of(scopes).flatMap(scope -> row(action, scope, "").stream()).toList();
  }

  /** The same roles for the network and every story in it; nobody for the site. */
  private static List<Row> inEachNetwork(Action action, String inOpen, String inPrivate) {
    return SCOPES.keySet().stream()
        .filter(scope -> !scope.equals("site"))
        .flatMap(scope -> row(action, scope, scope.contains("open") ? inOpen : inPrivate).stream())
        .toList();
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
