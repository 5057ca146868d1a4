package org.commonplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A query value in a page's link")
class LinksViewTest {

  private final LinksView links = new LinksView();

  @Test
  void shouldEncodeSpacesAndReservedCharactersSoTheLinkIsValid() {
    assertThat(links.query("patient engagement")).isEqualTo("patient+engagement");
    assertThat(links.query("a&b=c#d?")).isEqualTo("a%26b%3Dc%23d%3F");
  }

  @Test
  void shouldEncodeLettersBeyondAsciiAsUtf8() {
    assertThat(links.query("soins à domicile")).isEqualTo("soins+%C3%A0+domicile");
  }

  @Test
  void shouldWriteNothingForAMissingValueAndTheTextOfANumber() {
    assertThat(links.query(null)).isEmpty();
    assertThat(links.query(3)).isEqualTo("3");
  }
}
