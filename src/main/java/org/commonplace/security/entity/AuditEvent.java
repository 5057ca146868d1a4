package org.commonplace.security.entity;

/** What happened to an account, as the audit log records it. */
public enum AuditEvent {
  SIGN_IN_SUCCEEDED,
  SIGN_IN_FAILED,
  SIGN_IN_THROTTLED,
  SECOND_FACTOR_FAILED,
  SIGNED_OUT,
  SIGNED_UP,
  PASSWORD_CHANGED,
  SECOND_FACTOR_ENABLED,
  API_TOKEN_CREATED,
  API_TOKEN_REVOKED,
  PASSAGE_REDACTED,
  STORY_WITHDRAWN
}
