package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.search.entity.Glossary;
import org.commonplace.search.entity.GlossaryText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The glossary every search applies. An admin's saved glossary is a record; before one is saved,
 * the content folder's {@code glossary.txt} is used. It is read again at most every few seconds, so
 * a change counts for the searches that follow on every instance, without re-indexing.
 */
@ApplicationScoped
public class SearchGlossary {

  static final String FILE = "glossary.txt";

  /** How long a read glossary is used before the record is read again. */
  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(SearchGlossary.class.getName());

  @Inject RecordStores stores;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "commonplace.content.dir")
  Optional<String> folder;

  private volatile Read last;

  private record Read(Glossary glossary, Instant at) {}

  public Glossary current() {
    Read read = last;
    Instant now = clock.instant();
    if (read != null && read.at().plus(FRESH_FOR).isAfter(now)) {
      return read.glossary();
    }
    try {
      Glossary glossary =
          saved().map(v -> Glossary.parse(v.value().text())).orElseGet(this::fromContent);
      last = new Read(glossary, now);
      return glossary;
    } catch (RecordStoreUnavailableException e) {
      // searching goes on with the glossary last read; the store's outage shows elsewhere
      if (read != null) {
        return read.glossary();
      }
      throw e;
    }
  }

  /** The glossary an admin saved, if one did. */
  public Optional<Versioned<GlossaryText>> saved() {
    return store().find(GlossaryText.THE_ID);
  }

  /** The text searches apply: the saved one, or the content folder's. */
  public String text() {
    return saved().map(v -> v.value().text()).orElseGet(this::contentText);
  }

  /**
   * Saves an admin's glossary; the searches that follow here apply it at once, other instances
   * within {@link #FRESH_FOR}.
   *
   * @param basedOn the saved version the admin changed, or null when none was saved yet
   * @throws GlossaryProblemsException naming every line that cannot be taken; nothing is saved
   * @throws GlossaryChangedMeanwhileException when another save came first; nothing is saved
   */
  public Versioned<GlossaryText> save(String who, String text, Long basedOn) {
    String clean = text == null ? "" : text;
    List<Glossary.Problem> problems = Glossary.problems(clean);
    if (clean.length() > GlossaryText.MAX_CHARS) {
      problems =
          List.of(
              new Glossary.Problem(0, "search.glossary.tooLong", Integer.toString(clean.length())));
    }
    if (!problems.isEmpty()) {
      throw new GlossaryProblemsException(problems);
    }
    GlossaryText changed = new GlossaryText(GlossaryText.THE_ID, clean, who, clock.instant());
    Optional<Versioned<GlossaryText>> current = saved();
    try {
      Versioned<GlossaryText> written;
      if (current.isEmpty()) {
        if (basedOn != null) {
          throw new GlossaryChangedMeanwhileException();
        }
        written =
            store()
                .create(GlossaryText.THE_ID, changed)
                .orElseThrow(GlossaryChangedMeanwhileException::new);
      } else {
        if (basedOn == null || basedOn != current.get().version()) {
          throw new GlossaryChangedMeanwhileException();
        }
        written = store().replace(current.get(), changed);
      }
      return written;
    } catch (ConcurrentChangeException e) {
      throw new GlossaryChangedMeanwhileException();
    } finally {
      last = null;
    }
  }

  RecordStore<GlossaryText> store() {
    return stores.of(GlossaryText.KIND);
  }

  private Glossary fromContent() {
    return Glossary.parse(contentText());
  }

  private String contentText() {
    Optional<Path> file =
        folder
            .filter(f -> !f.isBlank())
            .map(f -> Path.of(f).resolve(FILE))
            .filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return "";
    }
    try {
      return Files.readString(file.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.warning(() -> "The glossary " + file.get() + " could not be read: " + e.getMessage());
      return "";
    }
  }
}
