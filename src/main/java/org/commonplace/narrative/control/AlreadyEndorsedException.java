package org.commonplace.narrative.control;

/** The organisation endorses this version already: the store refused a second record (409). */
public class AlreadyEndorsedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String organisationName;
  private final long version;

  public AlreadyEndorsedException(String organisationName, long version) {
    super(organisationName + " already endorses version " + version);
    this.organisationName = organisationName;
    this.version = version;
  }

  public String organisationName() {
    return organisationName;
  }

  public long version() {
    return version;
  }
}
