/**
 * Shared narratives: each network's common story (why it exists, its shared aims, its values, how
 * its partners work together), written and rewritten by its facilitators and the members they name.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>One record per network, every save a version.</b> The narrative's id is the network's;
 *       its version number is the record's own version, and every save is kept through {@code
 *       platform.revision.Revisions} with who, when and the change note. Restoring writes the old
 *       title, text and aims as a new version noted "Restored version N".
 *   <li><b>No save over a version the editor did not see.</b> A save names the version it was based
 *       on (the page's hidden field, the API's {@code If-Match}) and is written with the store's
 *       conditional replace; when someone saved in between nothing is stored: the API answers 412
 *       with the current version, and the page keeps the typed text and shows the other version's
 *       word-level change beside it, so the editor decides what the narrative becomes.
 *   <li><b>Aims keep their ids.</b> An aim's id is a slug made when it is first written and kept
 *       through rewording, so the stories and lessons that name it stay linked; the narrative
 *       offers its aims to them through {@code platform.aim.NetworkAims}.
 *   <li><b>Endorsements and editors are records of their own</b>, so endorsing or naming editors
 *       never makes a version. An endorsement's id is network, organisation and version: the
 *       store's create-if-absent refuses a second one. Who may endorse is decided twice: the access
 *       policy (a member of the network) and {@code EndorsementRules} (a leader of that very
 *       organisation, read from the member's record).
 *   <li><b>Comparisons are word by word</b> ({@code platform.revision.WordDiff}): paragraphs first,
 *       then the words of the changed ones, shown with {@code del}/{@code ins} and named in words
 *       for screen readers.
 * </ul>
 */
package org.commonplace.narrative;
