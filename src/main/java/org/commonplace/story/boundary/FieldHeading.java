package org.commonplace.story.boundary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.platform.web.Messages;

/**
 * The heading a comparison gives a changed text, from the field it is typed in: "Title", a
 * section's name ("Results"), "PDSA cycle 2: study", "Measure 1: name". Fields count from zero;
 * people count from one.
 */
final class FieldHeading {

  private static final Pattern LISTED =
      Pattern.compile("(organisations|cycles|measures)\\[(\\d+)]\\.(\\w+)");

  private FieldHeading() {}

  static String of(String field, Locale locale) {
    if (field.startsWith("outline.")) {
      return Messages.text(locale, "section." + field.substring("outline.".length()));
    }
    Matcher listed = LISTED.matcher(field);
    if (listed.matches()) {
      String number = Integer.toString(Integer.parseInt(listed.group(2)) + 1);
      String part = Messages.text(locale, "story.field." + listed.group(1) + "." + listed.group(3));
      return Messages.text(locale, "story.field." + listed.group(1), number, part);
    }
    String key = "story.field." + field;
    String heading = Messages.text(locale, key);
    // a field a later version of the story adds is named as typed rather than left out
    return heading.equals(key) ? field : heading;
  }
}
