package org.commonplace.platform.privacy;

/** The Canadian provinces whose health-card numbers the guard recognises. */
public enum Province {
  ONTARIO,
  BRITISH_COLUMBIA,
  QUEBEC,
  NEW_BRUNSWICK
}
