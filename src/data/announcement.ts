/**
 * How far ahead a page may report an outcome ("returns to Netflix tomorrow, March 18th"): such an outcome
 * is known from its own date, not the page's. Further ahead it is a prediction, not an outcome.
 */
export const ANNOUNCEMENT_DAYS = 31;
