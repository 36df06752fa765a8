/**
 * The first month (0-based, as Date.UTC takes it) of each of EDTF's seasons, spring first, read as
 * meteorological seasons (docs/data-format.md): spring is March–May, winter December–February. Each season
 * is three months; winter's run into the next year.
 */
export const SEASON_FIRST_MONTHS = [2, 5, 8, 11] as const;
