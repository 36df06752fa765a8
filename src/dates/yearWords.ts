/**
 * A year as people write it: "2016", "99" (not "0099"), "12000", and a year before 1 CE as BCE. EDTF counts
 * a year 0, which is 1 BCE. The tooltips, the table, the axis and the as-of readout all write years so.
 */
export function yearWords(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}
