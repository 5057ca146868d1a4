package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed text on the comparison page. */
class ShownChangeTest {

  @Test
  void shouldMakeAnElementIdOfLettersDigitsAndHyphensFromItsField() {
    assertThat(new ShownChange("cycles[1].study", "PDSA cycle 2: study", List.of()).getAnchor())
        .isEqualTo("change-cycles-1-study");
    assertThat(new ShownChange("outline.didNotWork", "What did not work", List.of()).getAnchor())
        .isEqualTo("change-outline-didNotWork");
  }
}
