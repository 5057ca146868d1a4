/**
 * Case stories: a member tells the network what they tried, what happened and what they learned.
 *
 * <p>A story is an improvement record: the SQUIRE 2.0 outline in plain words ({@code Section},
 * {@code Outline}; "what did not work" is always shown to readers), the organisations involved and
 * what each contributed, its stage, the team's IHI progress scores over time, its themes and tags,
 * an evidence level proposed by its tellers and confirmed by a facilitator, its PDSA cycles and its
 * measures with their dated values. The rules live with the entities ({@code StoryRules} and the
 * rules of each part), so the pages, the API and the content import refuse the same things with the
 * same message-bundle texts.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li><b>Storage.</b> Every write and every read by id goes through the record store ({@code
 *       RecordStores.of(CaseStory.KIND)}, JSON-B field by field, realtime, versioned, conditional,
 *       projected into search). Lists read {@code StorySummary}: through the JNoSQL repository (one
 *       member's stories, drafts) and the store's search (the newest, which needs an exact total,
 *       with the outline, cycles and measures left out of the answer). JNoSQL 1.1's Elasticsearch
 *       driver reads one level of nested documents only, and a story's measures nest their values a
 *       level deeper, so the driver is given the summary, which has no nested parts, and the full
 *       story is always read by id.
 *   <li><b>The record index's mapping</b> indexes only what lists and later queries filter on
 *       (stage, language, themes, co-authors, progress dates, evidence level, organisation names);
 *       the outline, PDSA cycles and measures are kept in the source only ({@code "enabled":
 *       false}), so thousands of values cannot grow the mapping or hit keyword limits.
 *   <li><b>Stories written before the outline</b> have only {@code body}, one Markdown text. It is
 *       kept as it is: while a story's outline is empty, pages show the body as the story's text
 *       ({@code CaseStory.isToldAsOneText}), search indexes it with the sections, and the content
 *       export writes it under {@code ## Context} (its own headings moved down a level, so they
 *       stay inside that section).
 *   <li><b>Measure values</b> are in date order, each date once; a date out of order is refused
 *       with its place (CSV line, point), not sorted, since it is more often a typing mistake than
 *       a choice. A measure may have fewer than two values while data is being collected.
 *   <li>A revision names the version it was based on; if the story changed since, nothing is stored
 *       and the caller learns what is there now.
 *   <li><b>Versions.</b> Authors and co-authors edit a published story (only the author changes who
 *       co-authors it; a co-author's save keeps the author's name). Every published version is kept
 *       by {@code platform/revision} with who saved it and when; drafts are the author's own and
 *       are not kept. Each save keeps the version it replaced as well, which costs nothing when it
 *       is kept already and heals the history when keeping it failed. Restoring is a save of an old
 *       version's content, noted {@code restored:N}.
 *   <li><b>Stewardship</b> ({@code StoryStewardship}): a facilitator's evidence confirmation, a
 *       withdrawal and a redaction are read-modify-writes retried on conflict rather than saves
 *       based on a version, so they never fail because a teller saved a second earlier, and a
 *       teller's save based on the version before them is refused as changed meanwhile. A withdrawn
 *       story leaves lists and search; its tellers and the network's facilitators can still open
 *       it, nobody edits it. A redaction replaces the exact passage everywhere in the story and in
 *       every kept version; the audit log names who and which story, never the passage.
 *   <li><b>Patient identifiers.</b> Every save runs the identifier guard over every text typed
 *       ({@code StoryDraft.writtenTexts()}); flagged texts stop the save until the teller removes
 *       them or confirms they are not about a patient, a confirmation that travels with that save
 *       only.
 *   <li><b>Spread and aims</b> ({@code StorySpread}, {@code StoryAims}): "we are adapting this"
 *       starts a draft in the member's network from a published story they may read, copying what
 *       travels (title, summary with a note, problem, aim, changes, adoption considerations) and
 *       linking it with {@code adaptedFrom}, which only adapting sets and no later version changes.
 *       A story's lineage follows {@code adaptedFrom} back as far as the reader may read and lists
 *       the published adaptations the reader may read (and the reader's own draft ones) through the
 *       repository, so it is near-real-time. The aims a story advances are ids of its network
 *       narrative's aims, checked on save through {@code Instance<NetworkAims>}: without the
 *       narrative feature a network has no aims, and this feature never imports it.
 * </ul>
 */
package org.commonplace.story;
