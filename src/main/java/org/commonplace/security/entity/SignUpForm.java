package org.commonplace.security.entity;

import org.commonplace.member.entity.ProfileDraft;

/** What a person typed to join with an invitation code, valid or not. */
public class SignUpForm {

  private String code;
  private String email;
  private String password;
  private String repeat;
  private final ProfileDraft profile = new ProfileDraft();

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** Never shown again: a rejected form asks for the password anew. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }

  public char[] password() {
    return password == null ? new char[0] : password.toCharArray();
  }

  public char[] repeat() {
    return repeat == null ? new char[0] : repeat.toCharArray();
  }

  public ProfileDraft getProfile() {
    return profile;
  }
}
