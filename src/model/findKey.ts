import { plainTypography } from "../data/plainTypography.ts";

/**
 * Text as a search compares it (the chart's search box, a long filter group's finder): lower case, without
 * accents, and in plain typography (plainTypography: quote marks, apostrophes, dashes and ellipses as a
 * keyboard types them), so that "pokemon" finds "Pokémon" and "daredevil's" finds "Daredevil’s".
 */
export function findKey(text: string): string {
  return plainTypography(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
}
