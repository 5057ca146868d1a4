package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonplace.member.control.EmailTakenException;
import org.commonplace.member.control.InvitationRecords;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.Organisation;
import org.commonplace.security.control.PasswordHashing;

/**
 * Imports the organisations, networks, members and invitation codes of a content folder, in that
 * order, so each finds what it refers to. Like stories, a record whose id exists is skipped, never
 * overwritten: members' own changes (a new password, an edited profile) survive every restart.
 */
@ApplicationScoped
public class PeopleImporter {

  @Inject OrganisationRecords organisations;
  @Inject NetworkRecords networks;
  @Inject MemberRecords members;
  @Inject InvitationRecords invitations;
  @Inject PasswordHashing hashing;
  @Inject Clock clock;

  public void importFrom(Path folder, ImportLog log) {
    Instant now = clock.instant();
    csv(folder, "organisations.csv", log)
        .ifPresent(
            text ->
                log.attempt(
                    "organisations.csv",
                    () ->
                        OrganisationRows.parse("organisations.csv", text, now)
                            .forEach(o -> organisation(o, log))));
    for (Path file : files(folder.resolve("networks"), ".md")) {
      String name = file.getFileName().toString();
      log.attempt(name, () -> network(NetworkFile.parse(name, read(file), now), log));
    }
    csv(folder, "members.csv", log)
        .ifPresent(
            text ->
                log.attempt(
                    "members.csv",
                    () -> MemberRows.parse("members.csv", text).forEach(m -> member(m, log))));
    csv(folder, "invitations.csv", log)
        .ifPresent(
            text ->
                log.attempt(
                    "invitations.csv",
                    () ->
                        InvitationRows.parse("invitations.csv", text)
                            .forEach(i -> invitation(i, log))));
  }

  private void organisation(Organisation organisation, ImportLog log) {
    if (organisations.create(organisation)) {
      log.imported("organisation:" + organisation.id());
    } else {
      log.skipped("organisation:" + organisation.id());
    }
  }

  private void network(Network network, ImportLog log) {
    if (networks.create(network)) {
      log.imported("network:" + network.id());
    } else {
      log.skipped("network:" + network.id());
    }
  }

  private void member(MemberSeed seed, ImportLog log) {
    if (members.find(seed.id()).isPresent()) {
      log.skipped("member:" + seed.id());
      return;
    }
    Member member =
        Member.create(
                seed.id(), seed.profile(), seed.email(), seed.joined().orElse(clock.instant()))
            .withSiteAdmin(seed.siteAdmin())
            .withPasswordHash(hashing.hash(seed.password().toCharArray()));
    for (Map.Entry<String, NetworkRole> role : seed.networks().entrySet()) {
      member = member.withRole(role.getKey(), role.getValue());
    }
    if (seed.totpSecret().isPresent()) {
      member = member.withSecondFactor(seed.totpSecret().get(), 0);
    }
    try {
      members.create(member);
      log.imported("member:" + seed.id());
    } catch (EmailTakenException e) {
      log.problem("member " + seed.id() + ": the address " + seed.email() + " is taken");
    }
  }

  private void invitation(InvitationSeed seed, ImportLog log) {
    if (invitations.exists(seed.code())) {
      log.skipped("invitation:" + seed.networkId());
      return;
    }
    invitations.store(seed.code(), seed.networkId(), seed.issuedBy(), seed.note(), seed.expires());
    log.imported("invitation:" + seed.networkId());
  }

  private static Optional<String> csv(Path folder, String name, ImportLog log) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(file));
    } catch (MalformedContentException e) {
      log.problem(e.getMessage());
      return Optional.empty();
    }
  }

  static List<Path> files(Path folder, String extension) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MalformedContentException(
          file.getFileName() + ": cannot be read: " + e.getMessage());
    }
  }
}
