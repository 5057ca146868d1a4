package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.platform.record.RecordKind;

/**
 * A person in the portal: who they are, where they work, what they know, which networks they belong
 * to and with which role, and their credentials. Immutable: every change makes a new value that the
 * store writes conditionally, so two concurrent changes never silently merge.
 *
 * <p>{@code credentialsVersion} goes up whenever the password or second factor changes; a session
 * signed in under an older version is no longer accepted.
 */
public record Member(
    @JsonbProperty("@entity") String entity,
    String id,
    String name,
    String email,
    String organisationId,
    StakeholderRole stakeholderRole,
    List<String> expertise,
    String about,
    List<String> networks,
    List<String> facilitates,
    boolean siteAdmin,
    String passwordHash,
    String totpSecret,
    long totpLastStep,
    int credentialsVersion,
    Instant created) {

  public static final String ENTITY = "Member";

  /** Stored under "member:" and the id, apart from other kinds. */
  public static final RecordKind<Member> KIND = RecordKind.of(ENTITY, Member.class, "member:");

  public Member {
    expertise = expertise == null ? List.of() : List.copyOf(expertise);
    networks = networks == null ? List.of() : List.copyOf(networks);
    facilitates = facilitates == null ? List.of() : List.copyOf(facilitates);
    about = about == null ? "" : about;
  }

  /** A new member, already validated by {@link MemberRules}. */
  public static Member create(String id, ProfileDraft profile, String email, Instant now) {
    return new Member(
        ENTITY,
        id,
        profile.getName().strip(),
        MemberRules.normaliseEmail(email),
        profile.getOrganisationId(),
        profile.getStakeholderRole(),
        MemberRules.normaliseExpertise(profile.getExpertise()),
        profile.getAbout().strip(),
        List.of(),
        List.of(),
        false,
        null,
        null,
        0,
        0,
        now);
  }

  public Optional<NetworkRole> roleIn(String networkId) {
    if (facilitates.contains(networkId)) {
      return Optional.of(NetworkRole.FACILITATOR);
    }
    return networks.contains(networkId) ? Optional.of(NetworkRole.MEMBER) : Optional.empty();
  }

  public boolean isFacilitator() {
    return !facilitates.isEmpty();
  }

  /** Facilitators and admins can do harm beyond their own account: a password is not enough. */
  public boolean mustUseSecondFactor() {
    return siteAdmin || isFacilitator();
  }

  public boolean hasSecondFactor() {
    return totpSecret != null && !totpSecret.isBlank();
  }

  public Member withPasswordHash(String hash) {
    return new Member(
        entity,
        id,
        name,
        email,
        organisationId,
        stakeholderRole,
        expertise,
        about,
        networks,
        facilitates,
        siteAdmin,
        hash,
        totpSecret,
        totpLastStep,
        credentialsVersion + 1,
        created);
  }

  public Member withSecondFactor(String secret, long usedStep) {
    return new Member(
        entity,
        id,
        name,
        email,
        organisationId,
        stakeholderRole,
        expertise,
        about,
        networks,
        facilitates,
        siteAdmin,
        passwordHash,
        secret,
        usedStep,
        credentialsVersion + 1,
        created);
  }

  /** Remembers the last accepted one-time code's step, so the same code cannot be used twice. */
  public Member withTotpStepUsed(long step) {
    return new Member(
        entity,
        id,
        name,
        email,
        organisationId,
        stakeholderRole,
        expertise,
        about,
        networks,
        facilitates,
        siteAdmin,
        passwordHash,
        totpSecret,
        step,
        credentialsVersion,
        created);
  }

  public Member withProfile(ProfileDraft profile) {
    return new Member(
        entity,
        id,
        profile.getName().strip(),
        email,
        profile.getOrganisationId(),
        profile.getStakeholderRole(),
        MemberRules.normaliseExpertise(profile.getExpertise()),
        profile.getAbout().strip(),
        networks,
        facilitates,
        siteAdmin,
        passwordHash,
        totpSecret,
        totpLastStep,
        credentialsVersion,
        created);
  }

  /** Joins a network, or changes the role in it. */
  public Member withRole(String networkId, NetworkRole role) {
    List<String> in = new ArrayList<>(networks);
    List<String> leads = new ArrayList<>(facilitates);
    if (!in.contains(networkId)) {
      in.add(networkId);
    }
    leads.remove(networkId);
    if (role == NetworkRole.FACILITATOR) {
      leads.add(networkId);
    }
    return new Member(
        entity,
        id,
        name,
        email,
        organisationId,
        stakeholderRole,
        expertise,
        about,
        in,
        leads,
        siteAdmin,
        passwordHash,
        totpSecret,
        totpLastStep,
        credentialsVersion,
        created);
  }

  public Member withSiteAdmin(boolean admin) {
    return new Member(
        entity,
        id,
        name,
        email,
        organisationId,
        stakeholderRole,
        expertise,
        about,
        networks,
        facilitates,
        admin,
        passwordHash,
        totpSecret,
        totpLastStep,
        credentialsVersion,
        created);
  }
}
