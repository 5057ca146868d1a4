package org.commonplace.platform.privacy;

/**
 * What kind of detail a finding may identify a patient by. The order is the tie-break when two
 * rules claim exactly the same characters: kinds proven by a check digit come first.
 */
public enum IdentifierKind {
  NHS_NUMBER,
  HEALTH_CARD_NUMBER,
  DATE_OF_BIRTH,
  PHONE_NUMBER,
  EMAIL_ADDRESS,
  POSTCODE,
  TITLED_NAME;

  /** The bundle key of the words a person reads for this kind, such as "a phone number". */
  public String messageKey() {
    return "identifier.kind." + name();
  }
}
