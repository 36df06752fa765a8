/**
 * An integer with its digits grouped by commas, as `toLocaleString("en")` writes it: "100,000". For text
 * the first draw renders: the first `toLocaleString` of a page starts ICU's number formatting, about 55 ms
 * on this machine, which the 1k first draw paid in full.
 */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
