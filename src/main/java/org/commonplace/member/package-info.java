/**
 * Members, organisations and networks: who is in the portal, where they work, what they know, and
 * which networks they belong to with which role. Also sign-up by invitation and the member
 * directory (the expertise finder).
 *
 * <p>Design: these records are written with the Elasticsearch client through {@code
 * RecordDocuments}, not JNoSQL: an email address must be claimed exactly once ({@code
 * op_type=create}), a password change must not be undone by a concurrent profile edit ({@code
 * if_seq_no}), and sign-in must see a member created a moment ago (realtime GET). Each record's
 * document id is its kind and id ({@code member:ann-lee-x7k2}), so ids never collide with stories
 * in the shared record index.
 */
package org.commonplace.member;
