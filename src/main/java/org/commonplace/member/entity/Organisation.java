package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/** An organisation members work for: a hospital, a practice, a university, a patient group. */
public record Organisation(
    @JsonbProperty("@entity") String entity,
    String id,
    String name,
    OrganisationType type,
    Instant created) {

  public static final String ENTITY = "Organisation";

  /** Stored under "organisation:" and the id, apart from other kinds. */
  public static final RecordKind<Organisation> KIND =
      RecordKind.of(ENTITY, Organisation.class, "organisation:");

  public static Organisation of(String id, String name, OrganisationType type, Instant created) {
    return new Organisation(ENTITY, id, name, type, created);
  }

  public Organisation renamed(String newName, OrganisationType newType) {
    return new Organisation(ENTITY, id, newName, newType, created);
  }
}
