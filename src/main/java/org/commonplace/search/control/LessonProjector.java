package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.LessonDocument;
import org.commonplace.search.entity.SearchDocument;
import org.commonplace.story.entity.Theme;

/**
 * Lessons learned in search, in every state: proposed and validated lessons are what members look
 * for, and a retired one is still found, marked retired, so that a member who remembers it learns
 * that it no longer holds (and what replaced it) instead of finding nothing.
 */
@ApplicationScoped
public class LessonProjector implements Projector<Lesson> {

  @Inject MarkdownRenderer markdown;
  @Inject NetworkNames networks;

  @Override
  public RecordKind<Lesson> kind() {
    return Lesson.KIND;
  }

  @Override
  public Optional<SearchDocument> document(Lesson lesson) {
    return Optional.of(
        new LessonDocument(
            lesson.id(),
            Lesson.KIND.name(),
            lesson.statement(),
            conditions(lesson.conditions()),
            body(lesson),
            lesson.themes().stream().map(Theme::name).toList(),
            lesson.roles().stream().map(StakeholderRole::name).toList(),
            lesson.state() == null ? null : lesson.state().name(),
            lesson.evidenceLevel() == null ? null : lesson.evidenceLevel().name(),
            lesson.language().name(),
            lesson.proposedByName(),
            networks.of(lesson.networkId()),
            lesson.networkId(),
            lesson.proposedBy(),
            lesson.proposedAt(),
            lesson.updated()));
  }

  /** The setting, population and scale, one per line: where the lesson applies. */
  static String conditions(Conditions conditions) {
    return joined(Stream.of(conditions.setting(), conditions.population(), conditions.scale()));
  }

  /** What to do, then why a facilitator found it held, as plain text. */
  String body(Lesson lesson) {
    return joined(
        Stream.of(markdown.toPlainText(lesson.action()), nullToEmpty(lesson.validationNote())));
  }

  private static String joined(Stream<String> parts) {
    List<String> written = parts.filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    return String.join("\n\n", written);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
