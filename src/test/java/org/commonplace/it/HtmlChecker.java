package org.commonplace.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process on HTML as served.
 * Loading its schema takes a few seconds, so one checker serves every page of a test class.
 */
final class HtmlChecker {

  /** The schema the checker's own command line uses for HTML: HTML plus SVG, MathML and ARIA. */
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static HtmlChecker shared;

  private final SimpleDocumentValidator validator;
  private final Collector found = new Collector();

  private HtmlChecker() {
    // log4j set up by the checker itself; no language detection (it only ever warns)
    validator = new SimpleDocumentValidator(true, false, false);
    try {
      validator.setUpMainSchema(SCHEMA, found);
      validator.setUpValidatorAndParsers(found, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("The HTML checker could not load its schema", e);
    }
  }

  static synchronized HtmlChecker shared() {
    if (shared == null) {
      shared = new HtmlChecker();
    }
    return shared;
  }

  /** Every error the checker reports in this document, as "page line:column: message". */
  synchronized List<String> errors(String page, String html) {
    found.errors.clear();
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setSystemId(page);
    try {
      validator.checkHtmlInputSource(source);
    } catch (SAXException stopped) {
      found.errors.add(page + ": checking stopped: " + stopped.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found.errors);
  }

  /** Keeps errors and fatal errors; warnings (advice such as "consider adding lang") are not. */
  private static final class Collector implements ErrorHandler {

    private final List<String> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException exception) {}

    @Override
    public void error(SAXParseException exception) {
      errors.add(describe(exception));
    }

    @Override
    public void fatalError(SAXParseException exception) {
      errors.add(describe(exception));
    }

    private static String describe(SAXParseException e) {
      return e.getSystemId()
          + " line "
          + e.getLineNumber()
          + ":"
          + e.getColumnNumber()
          + ": "
          + e.getMessage();
    }
  }
}
