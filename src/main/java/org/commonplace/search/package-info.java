/**
 * Search over case stories.
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
 */
package org.commonplace.search;
