/**
 * One search over case stories, lessons learned, shared narratives and discussions.
 *
 * <p>Design: a separate search index, behind an alias, projected from the record on every change
 * ({@code RecordChanged}, observed asynchronously) and retried from the record store's outbox until
 * it succeeds. The index uses an English hunspell analyzer (this Elasticsearch has no stemmer
 * filters) and can be rebuilt from the record at any time without a search outage: a new index is
 * filled, then the alias switches atomically. Its definition carries a generation ({@code
 * _meta.definition}); an index made from an older one is rebuilt at start.
 *
 * <p>A published story is projected with everything it says as one plain text (every section of its
 * outline, or its old one-text body, its PDSA cycles' notes, the organisations involved and its
 * measures' names), so a search finds a word wherever the story says it; themes, stage, evidence
 * level and language are keywords to filter on. Drafts and withdrawn stories leave a retired
 * document.
 *
 * <p>A lesson is projected in every state, its statement as the title (weighed like a story's
 * title), its conditions as the summary, what to do and the validation note as the body; a retired
 * lesson stays findable and its hit says it is retired (its {@code state} field, not the index's
 * {@code retired} flag, which means "nobody may find this"). A narrative is projected as its
 * current version: title, text and aims. A discussion thread is projected with its title and
 * opening post, a reply with its text only (so a word of a thread's title finds the thread, not
 * each of its replies), keeping its thread's id and title for the hit's link and heading; posts
 * held for approval, hidden or deleted leave a retired document, and so do the replies of a thread
 * not shown to everyone. Every kind is searched at once, with the same permission filter (the
 * network must be one the member may read) inside the query; each hit names its kind and the page
 * to read it, and a kind facet counts the matches of each kind.
 *
 * <p>The search index's document ids are the records' ids: the record index keeps every projected
 * kind's records under their own id in one index, so two kinds cannot share an id there, and so
 * cannot here either.
 */
package org.commonplace.search;
