package org.commonplace.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a person reads comes from the bundle org.commonplace.messages; pages use it through
 * the Faces variable {@code msg}, Java code through this class.
 */
public final class Messages {

  public static final String BUNDLE = "org.commonplace.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String text(Locale locale, String key, List<Object> arguments) {
    return text(locale, key, arguments.toArray());
  }
}
