package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Nested
  @DisplayName("when passages are redacted")
  class Passages {

    @Test
    void shouldReplaceEachPassageWithTheMarker() {
      String text = "Mrs Jones rang from 07700 900123.";

      String redacted = Redaction.redact(text, List.of(new Passage(0, 9), new Passage(20, 32)));

      assertThat(redacted).isEqualTo("[removed] rang from [removed].");
    }

    @Test
    void shouldMergeOverlappingAndTouchingPassagesIntoOneMarker() {
      String redacted =
          Redaction.redact(
              "abcdefghij", List.of(new Passage(5, 8), new Passage(1, 3), new Passage(2, 5)));

      assertThat(redacted).isEqualTo("a[removed]ij");
    }

    @Test
    void shouldLeaveTheTextAsItIsWithoutPassages() {
      assertThat(Redaction.redact("nothing to hide", List.of())).isEqualTo("nothing to hide");
    }

    @Test
    void shouldRefuseAPassageBeyondTheEndOfTheText() {
      assertThatThrownBy(() -> Redaction.redact("short", List.of(new Passage(2, 9))))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAPassageThatEndsBeforeItStarts() {
      assertThatThrownBy(() -> new Passage(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("when a scan's findings are redacted")
  class ScanFindings {

    @Test
    void shouldLeaveNothingTheGuardWouldFindAgain() {
      IdentifierGuard guard = new IdentifierGuard();
      String note = "Mrs Ellis (DOB 04/07/1939, NHS 943 476 5919) on 07700 900123, LS1 4AP.";

      String redacted = Redaction.redactFindings(note, guard.scan(note));

      assertThat(guard.scan(redacted)).isEmpty();
      assertThat(redacted)
          .isEqualTo("[removed] (DOB [removed], NHS [removed]) on [removed], [removed].");
    }
  }

  @Nested
  @DisplayName("when a passage is redacted from every version")
  class Everywhere {

    @Test
    void shouldReplaceEveryOccurrenceWhereverItSits() {
      String version = "Mrs Ellis agreed. Later, Mrs Ellis's daughter rang.";

      assertThat(Redaction.redactEverywhere(version, "Mrs Ellis"))
          .isEqualTo("[removed] agreed. Later, [removed]'s daughter rang.");
    }

    @Test
    void shouldLeaveAVersionWithoutThePassageUnchanged() {
      assertThat(Redaction.redactEverywhere("An older version.", "Mrs Ellis"))
          .isEqualTo("An older version.");
    }

    @Test
    void shouldRefuseAnEmptyPassage() {
      assertThatThrownBy(() -> Redaction.redactEverywhere("text", ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("the marker in Markdown")
  class InMarkdown {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void shouldShowAsTextNotALink() {
      String html =
          renderer.toSafeHtml(Redaction.redactEverywhere("Seen by Mrs Ellis today.", "Mrs Ellis"));

      assertThat(html).contains("[removed]").doesNotContain("<a");
    }

    @Test
    void shouldShowAsTextEvenWhenABracketFollows() {
      String redacted = Redaction.redactEverywhere("Seen by Mrs Ellis(82) today.", "Mrs Ellis");

      assertThat(redacted).isEqualTo("Seen by \\[removed](82) today.");
      assertThat(renderer.toSafeHtml(redacted)).contains("[removed](82)").doesNotContain("<a");
    }
  }
}
