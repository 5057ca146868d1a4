package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.commonplace.content.entity.ImportReport;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/**
 * Imports a content folder: organisations, networks, members and invitation codes first (see {@link
 * PeopleImporter}), then the case stories of {@code stories/*.md}. A story whose id exists is
 * skipped, never overwritten, so a restart imports nothing twice and members' stories stay
 * untouched. A bad file is reported and skipped; the others are still imported.
 */
@ApplicationScoped
public class ContentImporter {

  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

  @Inject StoryRecords records;
  @Inject StoryService stories;
  @Inject PeopleImporter people;
  @Inject NetworkRecords networks;
  @Inject Clock clock;

  public ImportReport importFrom(Path folder) {
    ImportLog log = new ImportLog();
    people.importFrom(folder, log);
    for (Path file : PeopleImporter.files(folder.resolve("stories"), ".md")) {
      log.attempt(file, () -> importStory(file, log));
    }
    ImportReport report = log.report();
    LOG.info(
        () ->
            "Imported "
                + report.imported().size()
                + " records from "
                + folder
                + ", skipped "
                + report.skipped().size()
                + " already present, "
                + report.problems().size()
                + " problems "
                + report.problems());
    return report;
  }

  private void importStory(Path file, ImportLog log) {
    StoryFile story = StoryFile.parse(file.getFileName().toString(), PeopleImporter.read(file));
    if (records.exists(story.id())) {
      log.skipped(story.id());
      return;
    }
    Network network =
        networks
            .network(story.draft().getNetworkId())
            .orElseThrow(
                () ->
                    new MalformedContentException(
                        file.getFileName()
                            + ": there is no network "
                            + story.draft().getNetworkId()));
    story.draft().setNetwork(network.name());
    CaseStory created = CaseStory.create(story.id(), story.draft(), clock.instant());
    story.created().ifPresent(created::createdAt);
    if (stories.store(created)) {
      log.imported(story.id());
    } else {
      log.skipped(story.id());
    }
  }
}
