/**
 * Case stories: a member tells the network what they tried, what happened and what they learned.
 *
 * <p>Design: the story record in the record index (written through the Jakarta Data repository) is
 * the truth. Reads that must see a write just made use a realtime GET through {@code StoryRecords},
 * because JNoSQL's reads are near-real-time searches. Every change is journalled ({@code
 * StoryChangeJournal}) before it is stored and announced with a {@code StoryChanged} event, so that
 * projections such as the search index can catch up even after a failure.
 */
package org.commonplace.story;
