package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** Formats dates for pages in the reader's language. Times are shown in UTC for now. */
@Named("dates")
@ApplicationScoped
public class DatesView {

  public String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  /**
   * For the datetime attribute of a time element, which allows at most three digits of a second
   * (audit entries carry nanoseconds).
   */
  public String iso(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
