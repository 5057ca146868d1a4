package org.commonplace.notification.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A member following something. Its id joins the member, the kind and the target, so following
 * twice finds the first record already there and a member's follow of one target is one record.
 *
 * @param networkId the network the target belongs to; null for a tag, which spans networks
 */
public record Follow(
    String id,
    String memberId,
    FollowTarget targetKind,
    String targetId,
    String networkId,
    Instant created) {

  public static final RecordKind<Follow> KIND = RecordKind.of("Follow", Follow.class, "follow:");

  /** Tags and ids are short; anything longer is no target. */
  public static final int TARGET_ID_LIMIT = 200;

  public static String idOf(String memberId, FollowTarget kind, String targetId) {
    return memberId + "." + kind + "." + targetId;
  }

  /** The target id of a forum category. */
  public static String categoryTarget(String networkId, String categoryId) {
    return networkId + "/" + categoryId;
  }
}
