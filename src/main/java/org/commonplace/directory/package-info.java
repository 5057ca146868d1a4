/**
 * The member directory and expertise finder, and members' profile pages with what each member
 * shared. A feature of its own because it brings members and their stories together; the arrow
 * points one way: directory uses member, story and access, and nothing uses directory.
 */
package org.commonplace.directory;
