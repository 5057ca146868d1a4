/**
 * The content folder as the exchange format: organisations, networks, members and invitation codes
 * as CSV and Markdown files, case stories as {@code stories/<id>.md} (a YAML header, the outline
 * under fixed {@code ## } headings, measures' values inline or in CSV files beside the story),
 * shared narratives as {@code narratives/<network>/<n>.md} (one file per version) and lessons
 * learned as {@code lessons/<id>.md}. content/README.md documents the format exactly.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>The file name is the story id, and an id that exists is never overwritten (create if
 *       absent), so an import can run at every start, or twice at once, without duplicating stories
 *       or undoing members' edits.
 *   <li>Headers are parsed by SnakeYAML Engine into nodes that keep their lines, and every value is
 *       read as text and converted here ({@code YamlMap}), so a wrong type, an unknown key or a bad
 *       date is reported at its file and line, and a malformed file imports nothing of itself while
 *       the others still import. The story's own rules run on the file too, each broken rule
 *       reported at the line of what it concerns.
 *   <li>Export writes one canonical form ({@code StoryFileWriter}): reading what it writes gives
 *       the same story, and writing that again the same bytes; so export, import into an empty
 *       portal, export gives identical files.
 *   <li>The import and export commands ({@code mvn -Pimport}, {@code mvn -Pexport}) run outside the
 *       portal and talk to it over the operator's API one story file at a time ({@code
 *       ContentResource}): the portal parses and checks each file with the same code as the start
 *       import, and the commands draw the progress bar and write the files.
 *   <li>Lessons and narratives are written as records directly, as stories are, so the import
 *       checks what their own features refuse (limits, a statement of two sentences, facilitators
 *       validating, leaders endorsing for their organisation, the ids they name). A lesson's
 *       history and counts are derived from who did what and when in its file, never written in it,
 *       so a file cannot contradict itself; a narrative's versions are written in order, each kept
 *       in the revision store under its file's saved-by and saved-at.
 * </ul>
 */
package org.commonplace.content;
