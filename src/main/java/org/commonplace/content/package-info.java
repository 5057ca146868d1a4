/**
 * Content import: case stories kept as Markdown files with front matter in {@code content/}.
 *
 * <p>Design: the file name is the story id, and an id that exists is never overwritten, so an
 * import can run at every start without duplicating stories or undoing members' edits.
 */
package org.commonplace.content;
