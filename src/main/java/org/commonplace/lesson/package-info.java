/**
 * Lessons learned: short statements of what worked or failed and where, that another organisation
 * can apply, with what they rest on (case stories and their PDSA cycles), a lifecycle kept by the
 * network's facilitators, and an applied log of who tried them and how it went.
 *
 * <h2>Design decisions</h2>
 *
 * <ul>
 *   <li><b>Who and when are decided apart.</b> The access policy decides who may edit, validate,
 *       retire or apply a lesson ({@code EDIT_LESSON} and the others, on {@code Scope.lesson}); the
 *       {@code Lesson} record's own methods decide when, refusing a step its state does not allow
 *       with a {@code LessonStateException} whose message key names the state (409 in the API, a
 *       message on the page).
 *   <li><b>Concurrent transitions are never merged silently.</b> A transition that names the
 *       version its author saw (the page's hidden field, the API's optional If-Match) is a
 *       conditional replace: a stale one stores nothing (412, or the page shown again as it is
 *       now). One that names none is a read-modify-write that retries until no one wrote in
 *       between, so two facilitators acting at once are both kept in one order, or the later is
 *       refused by the state the earlier left. Applications are always appended that way.
 *   <li><b>Counts are stored, derived.</b> {@code applicationCount}, {@code didNotWorkCount} and
 *       {@code flagged} (at least two applications, more than half did not work) are computed on
 *       every change, so the library filters and sorts on them in the index.
 *   <li><b>Three ways into the record index</b>, as the platform's rule says: by id and every write
 *       through the record store; short lists (adaptations, flagged lessons) through the JNoSQL
 *       repository over {@code LessonSummary}; the library (total, facets, derived sorts) and the
 *       lessons based on a story (a field of the nested basis) through the record store's search.
 *   <li><b>Evidence keeps its title.</b> A basis link stores the story's title when it was made, so
 *       a lesson still reads well when the story is withdrawn; reading a lesson says which of its
 *       stories are withdrawn.
 * </ul>
 */
package org.commonplace.lesson;
