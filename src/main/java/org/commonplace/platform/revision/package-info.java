/**
 * Every saved version of a record, kept: for case stories now, for shared narratives and lessons
 * later, so the history, the difference between two versions and restoring one are written once.
 *
 * <p>A {@link Revision} is a record of its own kind in the record index (so it goes through the
 * record store like everything else), holding the saved value as a JSON snapshot that the index
 * stores but does not map: a story's nested cycles and measures never reach the mapping. Its number
 * is the record's own {@code _version} after the write, which the record store's conditional writes
 * make unique per record without a counter to contend on. The revision is kept after the record's
 * write succeeded: a crash between the two loses that history entry, never the record, and the
 * record itself always holds the latest version.
 *
 * <p>{@link TextDiff} compares two texts line by line (java-diff-utils' Myers diff) for a reader
 * who wants to see what changed between two versions.
 */
package org.commonplace.platform.revision;
