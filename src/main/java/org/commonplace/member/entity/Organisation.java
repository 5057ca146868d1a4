package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** An organisation members work for: a hospital, a practice, a university, a patient group. */
public record Organisation(
    @JsonbProperty("@entity") String entity,
    String id,
    String name,
    OrganisationType type,
    Instant created) {

  public static final String ENTITY = "Organisation";

  public static Organisation of(String id, String name, OrganisationType type, Instant created) {
    return new Organisation(ENTITY, id, name, type, created);
  }

  public Organisation renamed(String newName, OrganisationType newType) {
    return new Organisation(ENTITY, id, newName, newType, created);
  }
}
