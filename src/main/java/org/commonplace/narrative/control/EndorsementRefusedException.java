package org.commonplace.narrative.control;

/**
 * A member of the network may not endorse for the organisation named: it is not theirs, or they do
 * not hold the leader role. 403, with the reason as a message-bundle key.
 */
public class EndorsementRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public EndorsementRefusedException(String messageKey) {
    super("Endorsement refused: " + messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
