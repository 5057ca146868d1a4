package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed parsers read good rows and name the file, line and problem of bad ones. */
class SeedParsersTest {

  private static final Instant NOW = Instant.EPOCH;

  @Nested
  @DisplayName("organisations.csv")
  class Organisations {

    @Test
    void shouldReadQuotedNamesWithCommasAndAccents() {
      var parsed =
          OrganisationRows.parse(
              "o.csv", "id,name,type\nrive-nord,\"Université, Family Medicine\",university\n", NOW);

      assertThat(parsed)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.name()).isEqualTo("Université, Family Medicine");
                assertThat(o.type()).isEqualTo(OrganisationType.UNIVERSITY);
              });
    }

    @Test
    void shouldNameTheLineAndTheAllowedTypes() {
      assertThatThrownBy(
              () ->
                  OrganisationRows.parse("o.csv", "id,name,type\na,A,hospital\nb,B,castle\n", NOW))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("o.csv, line 3")
          .hasMessageContaining("castle")
          .hasMessageContaining("patient-group");
    }

    @Test
    void shouldRefuseAMissingColumnAndARepeatedId() {
      assertThatThrownBy(() -> OrganisationRows.parse("o.csv", "id,name\na,A\n", NOW))
          .hasMessageContaining("lacks the column(s) type");
      assertThatThrownBy(
              () ->
                  OrganisationRows.parse(
                      "o.csv", "id,name,type\na,A,hospital\na,B,hospital\n", NOW))
          .hasMessageContaining("appears twice");
    }
  }

  @Nested
  @DisplayName("members.csv")
  class Members {

    private static final String HEADER =
        "id,name,email,password,organisation,role,expertise,networks,site_admin,totp_secret,about\n";

    @Test
    void shouldReadRolesExpertiseAndNetworksInOrder() {
      var member =
          MemberRows.parse(
                  "m.csv",
                  HEADER
                      + "ann,Ann Lee,ann@x.example,pw-long-enough,org,patient-partner,"
                      + "run charts;PDSA,b:facilitator;a,no,ABCDEFGH,Hello\n")
              .get(0);

      assertThat(member.profile().getExpertise()).containsExactly("run charts", "PDSA");
      assertThat(member.networks())
          .containsExactly(
              java.util.Map.entry("b", NetworkRole.FACILITATOR),
              java.util.Map.entry("a", NetworkRole.MEMBER));
      assertThat(member.totpSecret()).contains("ABCDEFGH");
      assertThat(member.siteAdmin()).isFalse();
    }

    @Test
    void shouldReadWhenAMemberJoinedAndLeaveItOutWhenTheColumnIsAbsent() {
      String row = "ann,Ann Lee,ann@x.example,pw-long-enough,org,clinician,,a,no,,Hello";
      var joined =
          MemberRows.parse(
                  "m.csv", HEADER.replace("about\n", "about,joined\n") + row + ",2014-09-01\n")
              .get(0);
      var absent = MemberRows.parse("m.csv", HEADER + row + "\n").get(0);

      assertThat(joined.joined()).contains(java.time.Instant.parse("2014-09-01T00:00:00Z"));
      assertThat(absent.joined()).isEmpty();
      assertThatThrownBy(
              () ->
                  MemberRows.parse(
                      "m.csv", HEADER.replace("about\n", "about,joined\n") + row + ",soon\n"))
          .hasMessageContaining("joined must be a date");
    }

    @Test
    void shouldRefuseAnUnknownNetworkRoleAndABadEmail() {
      assertThatThrownBy(
              () ->
                  MemberRows.parse(
                      "m.csv", HEADER + "ann,Ann,ann@x.example,pw,org,clinician,,a:boss,no,,\n"))
          .hasMessageContaining("only role suffix is :facilitator");
      assertThatThrownBy(
              () ->
                  MemberRows.parse(
                      "m.csv", HEADER + "ann,Ann,not-an-email,pw,org,clinician,,,no,,\n"))
          .hasMessageContaining("member.email.invalid");
    }
  }

  @Nested
  @DisplayName("invitations.csv and networks/*.md")
  class InvitationsAndNetworks {

    @Test
    void shouldRefuseACodeWithLookAlikes() {
      assertThatThrownBy(
              () ->
                  InvitationRows.parse(
                      "i.csv",
                      "code,network,issued_by,expires,note\nABCD-EFGH-IJKO,n,f,2030-01-01T00:00:00Z,x\n"))
          .hasMessageContaining("i.csv, line 2")
          .hasMessageContaining("\"ABCD-EFGH-IJKO\" must be 12 letters and digits");
    }

    @Test
    void shouldRefuseABadExpiry() {
      assertThatThrownBy(
              () ->
                  InvitationRows.parse(
                      "i.csv", "code,network,issued_by,expires,note\nABCD-EFGH-JKMN,n,f,soon,x\n"))
          .hasMessageContaining("expires must look like");
    }

    @Test
    void shouldReadANetworkAndItsDescription() {
      var network =
          NetworkFile.parse(
              "city.md",
              "---\nname: City Network\nkind: place-based\nfocus: The city\nvisibility: open\n---\n"
                  + "Why we exist.\n",
              NOW);

      assertThat(network.id()).isEqualTo("city");
      assertThat(network.kind()).isEqualTo(NetworkKind.PLACE_BASED);
      assertThat(network.description()).isEqualTo("Why we exist.");
    }

    @Test
    void shouldRefuseANetworkWithoutVisibility() {
      assertThatThrownBy(
              () ->
                  NetworkFile.parse("city.md", "---\nname: City\nkind: place-based\n---\nx\n", NOW))
          .hasMessageContaining("visibility is missing");
    }
  }
}
