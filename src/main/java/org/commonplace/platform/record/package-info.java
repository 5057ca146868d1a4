/**
 * The record index and the one way into it: every feature's records, read and written so that no
 * acknowledged write is lost, and every change of a projected kind noted for its projections.
 *
 * <h2>The rule: which path a feature uses</h2>
 *
 * <ul>
 *   <li><b>Anything by id, and every write</b> goes through {@link RecordStores#of} and the kind's
 *       {@link RecordStore}: realtime reads with their version, create-if-absent, conditional
 *       replace and delete, read-modify-write with retries. Eclipse JNoSQL's driver cannot do these
 *       safely (its reads are searches that miss a fresh write, its updates overwrite
 *       unconditionally), so no feature writes through a JNoSQL repository.
 *   <li><b>Finding lists of a content kind</b> (the members' own material: case stories, and the
 *       lessons, narratives and threads to come) goes through that kind's Jakarta Data repository
 *       (JNoSQL), with a {@code Limit} or {@code PageRequest} always, because the driver stops at
 *       ten results otherwise. Such kinds are projected and keep their id as the document id, which
 *       is how JNoSQL reads it back. JNoSQL 1.1's Elasticsearch driver reads one level of nested
 *       documents only: a kind whose records nest deeper (a story's measures nest their values)
 *       gives its repository a summary entity of the same name, and the full record is read by id.
 *   <li><b>Queries the driver cannot express</b> (an exact total for a pager, facets, full-text
 *       relevance, the kinds of the member feature whose document ids carry a prefix) go through
 *       {@link RecordStore#search(RecordQuery)}. Searching what members wrote goes to the search
 *       index, never to the record index.
 * </ul>
 *
 * <h2>Why writes are noted twice, and deleted records leave tombstones</h2>
 *
 * A change of a projected kind is noted in the {@link Outbox} before it is written (a crash after
 * the write still leaves the note) and again after (a projection that read the record just before
 * the write may have cleared the first note). A projection reads the note, then the record, writes
 * the search document with the record's version as an external version, and clears the note only if
 * it is unchanged: whatever the order of events, search ends equal to the record. Deleting a record
 * of a projected kind replaces it with a tombstone, so its version keeps growing and a late
 * projection of the deleted record is refused like any older one.
 */
package org.commonplace.platform.record;
