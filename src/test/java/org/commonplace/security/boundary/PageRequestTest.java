package org.commonplace.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in, only a path inside the portal is followed: no open redirect. */
class PageRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {"/story/view.xhtml?id=abc", "/", "/members/index.xhtml?q=run+charts"})
  void shouldFollowAPathInsideThePortal(String next) {
    assertThat(PageRequest.safeNext(next)).isEqualTo(next);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/path",
        "/\\evil.example",
        "javascript:alert(1)",
        "story/view.xhtml",
        "/ok\r\nSet-Cookie: x=y"
      })
  void shouldGoHomeInsteadOfLeavingThePortal(String next) {
    assertThat(PageRequest.safeNext(next)).isEqualTo("/");
  }

  @org.junit.jupiter.api.Test
  void shouldGoHomeWithoutANextPage() {
    assertThat(PageRequest.safeNext(null)).isEqualTo("/");
  }
}
