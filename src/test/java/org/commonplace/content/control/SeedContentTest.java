package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.member.control.InvitationCodes;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.member.entity.Organisation;
import org.commonplace.security.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

/**
 * The real seed files in content/ parse and agree with each other: every reference points at
 * something that exists, and the demo accounts would pass the portal's own rules.
 */
class SeedContentTest {

  private static final Path CONTENT = Path.of("content");
  private static final Instant NOW = Instant.EPOCH;

  private static String read(String file) throws IOException {
    return Files.readString(CONTENT.resolve(file));
  }

  private static List<Organisation> organisations() throws IOException {
    return OrganisationRows.parse("organisations.csv", read("organisations.csv"), NOW);
  }

  private static List<Network> networks() throws IOException {
    try (Stream<Path> files = Files.list(CONTENT.resolve("networks"))) {
      return files
          .sorted()
          .map(
              f -> {
                try {
                  return NetworkFile.parse(f.getFileName().toString(), Files.readString(f), NOW);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .toList();
    }
  }

  private static List<MemberSeed> members() throws IOException {
    return MemberRows.parse("members.csv", read("members.csv"));
  }

  @Test
  void shouldHaveTwoMembersOnlyAndTwoOpenNetworks() throws IOException {
    assertThat(networks())
        .extracting(Network::id, Network::visibility)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("access-quebec", NetworkVisibility.MEMBERS_ONLY),
            org.assertj.core.groups.Tuple.tuple(
                "access-new-brunswick", NetworkVisibility.MEMBERS_ONLY),
            org.assertj.core.groups.Tuple.tuple("harbourford", NetworkVisibility.OPEN),
            org.assertj.core.groups.Tuple.tuple("northvale-mental-health", NetworkVisibility.OPEN));
  }

  @Test
  void shouldReferToExistingOrganisationsAndNetworks() throws IOException {
    Set<String> organisationIds =
        organisations().stream().map(Organisation::id).collect(Collectors.toSet());
    Set<String> networkIds = networks().stream().map(Network::id).collect(Collectors.toSet());
    SoftAssertions soft = new SoftAssertions();
    for (MemberSeed member : members()) {
      soft.assertThat(organisationIds)
          .as(member.id())
          .contains(member.profile().getOrganisationId());
      soft.assertThat(networkIds).as(member.id()).containsAll(member.networks().keySet());
    }
    soft.assertAll();
  }

  @Test
  void shouldGiveEveryFacilitatorAndAdminAnAuthenticatorKey() throws IOException {
    SoftAssertions soft = new SoftAssertions();
    for (MemberSeed member : members()) {
      boolean owesSecondFactor =
          member.siteAdmin() || member.networks().containsValue(NetworkRole.FACILITATOR);
      soft.assertThat(member.totpSecret().isPresent()).as(member.id()).isEqualTo(owesSecondFactor);
    }
    soft.assertAll();
  }

  @Test
  void shouldGiveEveryDemoMemberAPasswordThePortalWouldAccept() throws IOException {
    SoftAssertions soft = new SoftAssertions();
    for (MemberSeed member : members()) {
      soft.assertThat(
              PasswordPolicy.check(member.password(), member.profile().getName(), member.email()))
          .as(member.id())
          .isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void shouldHaveEveryInvitationIssuedByAFacilitatorOfItsNetwork() throws IOException {
    List<MemberSeed> members = members();
    SoftAssertions soft = new SoftAssertions();
    for (InvitationSeed invitation :
        InvitationRows.parse("invitations.csv", read("invitations.csv"))) {
      soft.assertThat(InvitationCodes.normalise(invitation.code()))
          .as(invitation.code())
          .isPresent();
      soft.assertThat(members)
          .as(invitation.code())
          .anyMatch(
              m ->
                  m.id().equals(invitation.issuedBy())
                      && m.networks().get(invitation.networkId()) == NetworkRole.FACILITATOR);
    }
    soft.assertAll();
  }

  private static List<StoryFile> stories() throws IOException {
    Path folder = CONTENT.resolve("stories");
    List<StoryFile> stories = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        stories.add(
            StoryFile.parse(
                file.getFileName().toString(),
                Files.readString(file),
                ContentImporter.csv(folder)));
      }
    }
    return stories;
  }

  @Test
  void shouldHaveEveryStoryByASeedMemberInASeedNetwork() throws IOException {
    Set<String> memberIds = members().stream().map(MemberSeed::id).collect(Collectors.toSet());
    Set<String> networkIds = networks().stream().map(Network::id).collect(Collectors.toSet());
    SoftAssertions soft = new SoftAssertions();
    for (StoryFile story : stories()) {
      soft.assertThat(memberIds).as(story.id()).contains(story.draft().getAuthorId());
      soft.assertThat(networkIds).as(story.id()).contains(story.draft().getNetworkId());
    }
    soft.assertAll();
  }

  @Test
  void shouldHaveCoAuthorsFromTheStorysNetworkAndEvidenceConfirmedByItsFacilitator()
      throws IOException {
    List<MemberSeed> members = members();
    SoftAssertions soft = new SoftAssertions();
    for (StoryFile story : stories()) {
      String network = story.draft().getNetworkId();
      for (String coAuthor : story.draft().getCoAuthors()) {
        soft.assertThat(members)
            .as("%s: co-author %s", story.id(), coAuthor)
            .anyMatch(m -> m.id().equals(coAuthor) && m.networks().containsKey(network));
      }
      var evidence = story.draft().getEvidence();
      if (evidence != null && evidence.confirmedBy() != null) {
        soft.assertThat(members)
            .as("%s: evidence confirmed by %s", story.id(), evidence.confirmedBy())
            .anyMatch(
                m ->
                    m.id().equals(evidence.confirmedBy())
                        && m.networks().get(network) == NetworkRole.FACILITATOR);
      }
    }
    soft.assertAll();
  }

  /** A CSV file that no story names would be data nobody sees. */
  @Test
  void shouldHaveEveryCsvFileNamedByAStory() throws IOException {
    Set<String> named =
        stories().stream()
            .flatMap(
                s -> s.draft().getMeasures().stream().map(m -> StoryFile.csvName(s.id(), m.id())))
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(CONTENT.resolve("stories"))) {
      assertThat(
              files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv")).toList())
          .allSatisfy(csv -> assertThat(named).as("stories naming a CSV").contains(csv));
    }
  }
}
