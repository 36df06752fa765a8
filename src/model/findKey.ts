/**
 * Text as a search compares it (the chart's search box, a long filter group's finder): lower case, without
 * accents, and with curly quote marks and apostrophes as a keyboard types them, so that "pokemon" finds
 * "Pokémon" and "daredevil's" finds "Daredevil’s".
 */
export function findKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}
