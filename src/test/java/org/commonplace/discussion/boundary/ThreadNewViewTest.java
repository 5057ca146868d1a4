package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tags typed on the new-thread page")
class ThreadNewViewTest {

  @Test
  void shouldSplitOnCommasAndDropEmptyOnes() {
    assertThat(ThreadNewView.tags(" access, , discharge ,trust,"))
        .containsExactly("access", "discharge", "trust");
    assertThat(ThreadNewView.tags("   ")).isEmpty();
  }
}
