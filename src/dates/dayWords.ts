import { MONTHS } from "./monthNames.ts";
import { yearWords } from "./yearWords.ts";

/**
 * A day (UTC ms) in words, "11 May 2016": the as-of readout and the exports' titles. A plain day needs no
 * EDTF nor Intl, so this costs nothing before the first draw.
 */
export function dayWords(day: number): string {
  const date = new Date(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ""} ${yearWords(date.getUTCFullYear())}`;
}
