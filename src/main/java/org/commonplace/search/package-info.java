/**
 * Search over case stories.
 *
 * <p>Design: a separate search index, behind an alias, projected from the record on every change
 * ({@code StoryChanged}, observed asynchronously) and retried from the story change journal until
 * it succeeds. The index uses an English hunspell analyzer (this Elasticsearch has no stemmer
 * filters) and can be rebuilt from the record at any time without a search outage: a new index is
 * filled, then the alias switches atomically.
 */
package org.commonplace.search;
