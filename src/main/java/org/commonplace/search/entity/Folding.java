package org.commonplace.search.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text without its accents and in lower case, so that "equipe" finds "équipe" and "équipe" finds
 * "equipe". Elasticsearch would do this with its {@code asciifolding} filter, which the
 * distribution the portal runs on lacks; the same folding is done here, once for what is indexed
 * and once for what is searched, so both sides always fold alike.
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("");
    StringBuilder folded = new StringBuilder(unmarked.length());
    for (int i = 0; i < unmarked.length(); i++) {
      char c = unmarked.charAt(i);
      // letters that carry no combining mark but are still "a letter with an accent" to a reader
      switch (c) {
        case 'œ', 'Œ' -> folded.append("oe");
        case 'æ', 'Æ' -> folded.append("ae");
        case 'ß' -> folded.append("ss");
        case 'ø', 'Ø' -> folded.append('o');
        case 'ł', 'Ł' -> folded.append('l');
        case 'đ', 'Đ' -> folded.append('d');
        // French elisions ("l'équipe") are one token to the standard tokenizer: split them
        case '\'', '’', 'ʼ' -> folded.append(' ');
        default -> folded.append(c);
      }
    }
    // composed again, so scripts that decompose without marks (Hangul) keep their usual form
    return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
