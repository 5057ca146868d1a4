package org.commonplace.search.control;

import java.util.Optional;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.search.entity.SearchDocument;

/**
 * Turns one kind of record into what the search index holds. Adding a searchable kind means adding
 * its projector (a CDI bean; {@link Projections} finds it by its kind) and its fields in the search
 * index's mapping: the outbox, retries, versions and rebuild come with it.
 */
public interface Projector<T> {

  RecordKind<T> kind();

  /** The record as searches should find it, or empty when nobody should find it (a draft). */
  Optional<SearchDocument> document(T record);
}
