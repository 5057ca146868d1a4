/**
 * The content commands, {@code mvn -Pimport -Dcontent=DIR} and {@code mvn -Pexport -Dcontent=DIR}:
 * they move case stories between a content folder and a running portal in the exchange format
 * (content/README.md).
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>The commands talk to the running portal over its operator API, one story file at a time,
 *       with the operator token from {@code $COMMONPLACE_HOME/admin-token}: the portal parses and
 *       checks each file with the same code as its start-up import, so there is one reader of the
 *       format, and the commands never touch Elasticsearch themselves.
 *   <li>Import sends each file with the CSV files beside it named after it; the portal creates the
 *       story only if its id is free, so an import run twice, even at the same time, leaves each
 *       story once. Problems are printed with the file's path and line; the other files go on.
 *   <li>Export fetches every story into a temporary folder beside the target first and moves each
 *       finished file into place: a folder it cannot write to, or a portal that fails half way,
 *       leaves nothing half-written.
 *   <li>They live beside the launcher, outside the WAR, and use the JDK's HTTP client and the
 *       JSON-P implementation already on the test class path.
 * </ul>
 */
package org.commonplace.transfer;
