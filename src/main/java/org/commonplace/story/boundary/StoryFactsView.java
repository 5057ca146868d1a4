package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.ProgressScore;

/**
 * What the story page says about a story as a record, besides its text: the team's latest IHI
 * progress score and the earlier ones, in the reader's language.
 */
@Named
@RequestScoped
public class StoryFactsView {

  @Inject FacesContext faces;

  /**
   * The scores newest first, as a reader looks back from today (the story keeps them oldest first):
   * the first is the team's latest.
   */
  public List<ProgressScore> scoresNewestFirst(CaseStory story) {
    List<ProgressScore> scores = new ArrayList<>(story == null ? List.of() : story.getProgress());
    Collections.reverse(scores);
    return scores;
  }

  /** The team's latest score and when it was given, in words; empty when there is none. */
  public String latestScore(CaseStory story) {
    List<ProgressScore> scores = scoresNewestFirst(story);
    if (scores.isEmpty()) {
      return "";
    }
    ProgressScore latest = scores.get(0);
    return Messages.text(
        locale(), "story.progress.latest", score(latest.score()), day(latest.date()));
  }

  /** A score as the IHI scale writes it, always with its half step: 4.0, 2.5. */
  public String score(double score) {
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(score);
  }

  /** A day in the reader's language: 30 September 2016. */
  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }
}
