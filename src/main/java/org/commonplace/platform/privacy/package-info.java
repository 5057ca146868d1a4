/**
 * The patient-identifiable-information guard: before a member's text is saved (a story, a PDSA
 * note, later lessons and replies), {@link org.commonplace.platform.privacy.IdentifierGuard} lists
 * the details in it that may identify a patient, so the author can remove them or confirm they are
 * not about a patient; {@link org.commonplace.platform.privacy.Redaction} lets a facilitator
 * replace a passage with "[removed]" in every stored version. Pure Java, English and French, usable
 * by any feature; it knows nothing of stories.
 *
 * <p>What it flags:
 *
 * <ul>
 *   <li>NHS numbers (ten digits, written 3 3 4 or unbroken) whose modulus-11 check digit holds;
 *   <li>Canadian health-card numbers: Ontario (ten digits, Luhn check, optional two-letter version
 *       code), British Columbia (ten digits starting with 9, modulus-11 check), Quebec RAMQ (four
 *       capitals and eight digits whose middle is a real birth date, with 50 added to a woman's
 *       month) and New Brunswick Medicare (nine digits, only after words such as Medicare, health
 *       card, carte santé or assurance maladie, since no check digit is published);
 *   <li>dates of birth: a full date after "DOB", "born", "date of birth", "né le", "née le", "date
 *       de naissance", or within three words of a titled name;
 *   <li>UK and North American phone numbers, in the groupings people write;
 *   <li>email addresses;
 *   <li>UK postcodes and Canadian postal codes, by their real grammar;
 *   <li>a courtesy title and a name: Mr, Mrs, Ms, Miss, Mx, M., Mme, Mlle, Monsieur, Madame.
 * </ul>
 *
 * <p>What it deliberately does not flag, and why. Precision matters more than reach here: a guard
 * that complains about every story teaches authors to click "confirm" without reading, and then it
 * protects no one. So:
 *
 * <ul>
 *   <li>Dates on their own. Stories are made of dates ("In March 2016 we...", "on 12 March 2016 the
 *       wards began"); only a birth context or a titled name nearby makes a date a birth date.
 *   <li>Ten-digit numbers that fail every check digit, and nine-digit numbers without a health-card
 *       word before them: they are far more often counts, references or typos than identifiers.
 *   <li>Dr, Dre, Pr and professional titles. Clinicians and team members are named openly in case
 *       stories, with their consent, as authors and as the people who made the change; a patient is
 *       called Mr or Mrs Jones. A title with an initial only ("Mrs B") is how notes keep a patient
 *       anonymous, and a capitalised word after a first name ("Donald M. Berwick") is a middle
 *       initial, not the French "M.".
 *   <li>Years, ranges (2016-2018), percentages, measure values and French thousands ("1 250"):
 *       phone numbers are matched only in their written groupings, never as any run of digits.
 *   <li>Lower-case or run-together UK postcodes, which collide with words and product codes.
 * </ul>
 *
 * <p>Whatever it does flag, the author decides: the guard proposes, it never blocks or edits. All
 * patterns are bounded and start only at the beginning of a run of letters or digits, so a long or
 * hostile text is scanned in time proportional to its length.
 */
package org.commonplace.platform.privacy;
