/** "approx", "approx." and "approximately", before a date or after it. */
const APPROX = String.raw`approx(?:\.|imately)?`;

/**
 * Words before a date that say "about" it ("circa 2016", "c. 2016", "~2016", "roughly 2016"): EDTF's `~`.
 * The date is the first group. One list, so that the suggestion and the advice read the same words.
 */
export const ABOUT_BEFORE = new RegExp(
  String.raw`^(?:circa|ca\.?|c\.|about|around|${APPROX}|roughly|~)\s*(.+)$`,
  "i",
);

/** Words after a date that say "about" it ("2016 approx.", "2016 (circa)", "2016 or so"); the date is the first group. */
export const ABOUT_AFTER = new RegExp(String.raw`^(.+?),?\s*\(?(?:${APPROX}|or so|circa)\)?$`, "i");
