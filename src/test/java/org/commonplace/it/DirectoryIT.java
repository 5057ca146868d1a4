package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The member directory and expertise finder, and profiles with what each member shared. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The member directory")
class DirectoryIT {

  private static String gwen;
  private static String amira;

  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeEach
  void tokens() {
    api = new Api(base);
    if (gwen == null) {
      gwen = Members.token(base, "gwen-pryce");
      amira = Members.token(base, "amira-haddad");
    }
  }

  private List<String> ids(String query, String token) {
    JsonObject results = Api.json(api.get("api/members?" + query, token));
    return results.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("id"))
        .toList();
  }

  @Test
  void shouldFindPeopleByExpertiseAndShowTheExpertiseFacet() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(ids("expertise=run+charts", gwen))
                    .contains("priya-raman", "tom-ashworth", "rahul-mehta"));
    JsonObject all = Api.json(api.get("api/members", gwen));
    assertThat(all.getJsonArray("expertise").toString()).contains("\"run charts\"");
  }

  @Test
  void shouldFindPeopleByNameWordsRoleAndOrganisation() {
    assertThat(ids("q=" + Api.encode("Priya"), gwen)).first().isEqualTo("priya-raman");
    assertThat(ids("role=patient-partner", gwen))
        .contains("denise-gagnon", "colette-arsenault", "joan-whitfield");
    assertThat(ids("organisation=harbourford-teaching-hospitals", gwen))
        .containsExactlyInAnyOrder("helen-marsh", "gwen-pryce");
  }

  @Test
  void shouldKeepMembershipOfAMembersOnlyNetworkPrivateToIt() {
    assertThat(ids("network=access-quebec", gwen)).isEmpty();
    assertThat(ids("network=access-quebec", amira)).contains("amira-haddad", "denise-gagnon");

    JsonObject seenByGwen = Api.json(api.get("api/members/amira-haddad", gwen));
    assertThat(seenByGwen.getJsonObject("member").getJsonArray("networks")).isEmpty();
    assertThat(seenByGwen.getJsonArray("stories")).isEmpty();
    JsonObject seenByAmira = Api.json(api.get("api/members/amira-haddad", amira));
    // her newest stories: other test classes sharing this Elasticsearch add many, so no seed story
    // is sure to be among them, but every one is of her members-only network
    assertThat(seenByAmira.getJsonArray("stories").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(story -> assertThat(story.getString("networkId")).isEqualTo("access-quebec"));
  }

  @Test
  void shouldNeverShowEmailAddressesOrCredentials() {
    String everyone = api.get("api/members?page=1", gwen).body();

    assertThat(everyone).doesNotContain("@", "passwordHash", "PBKDF2", "totpSecret");
  }

  @Test
  void shouldTakeQuerySyntaxAndHugeTextAsWords() {
    for (String text : List.of("name:(a OR", "*", "{\"$ne\":null}", "x".repeat(10_240))) {
      assertThat(api.get("api/members?q=" + Api.encode(text), gwen).statusCode())
          .as(text.substring(0, Math.min(12, text.length())))
          .isEqualTo(200);
    }
  }

  @Test
  void shouldShowTheProfilePageWithTheStoriesTheViewerMayRead() {
    FormClient.Page profile =
        Members.signIn(base, "gwen-pryce").get("members/view.xhtml?id=helen-marsh");

    assertThat(profile.text("member-name")).contains("Dr Helen Marsh");
    assertThat(profile.body()).contains("Writing one story of quality for a whole city");
  }
}
