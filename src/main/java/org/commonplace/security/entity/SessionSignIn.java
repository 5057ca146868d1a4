package org.commonplace.security.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the HTTP session remembers about a sign-in: who, under which version of their credentials (a
 * password change elsewhere ends this session), since when, and how far the sign-in has come.
 */
public record SessionSignIn(String memberId, int credentialsVersion, Instant at, SignInStage stage)
    implements Serializable {}
