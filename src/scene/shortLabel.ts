import { textWidth } from "./textWidth.ts";

export interface LabelSource {
  readonly label: string;
  readonly season?: number | null | undefined;
}

/**
 * The text shown on the chart beside a mark: the event's label without what its row already says (the
 * show's title), its season as "S2", no parenthetical asides, cut at a word to fit `maxWidth`. The season
 * and the words of its kind stay ("S2 production begins"), so that items stay told apart; the full label
 * stays in the accessible name and the tooltip.
 */
export function shortLabel(event: LabelSource, showTitle: string, size: number, maxWidth: number): string {
  let text = event.label.replace(/\s*\([^)]*\)/g, "");
  const title = showTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The title as a whole word in any script: `\b` knows only ASCII letters, so it found no "Сорвиголова" and
  // no "Agents of S.H.I.E.L.D." (a title that ends in a full stop has no word boundary after it).
  const before = "(?<![\\p{L}\\p{N}_])";
  const after = "(?![\\p{L}\\p{N}_])";
  text = text.replace(new RegExp(`${before}${title}\\s+season\\s+(\\d+)`, "giu"), "S$1");
  text = text.replace(/\bseason\s+(\d+)/gi, "S$1");
  text = text.replace(new RegExp(`^${title}${after}[’']?s?\\s*`, "iu"), "");
  text = text.trim();
  const season = event.season;
  if (season != null && !new RegExp(`\\bS${season}\\b`).test(text)) text = `S${season} ${text}`;
  if (text === "") text = event.label;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (textWidth(text, size) <= maxWidth) return text;
  const words = text.split(" ");
  while (words.length > 1) {
    words.pop();
    const cut = `${words.join(" ").replace(/[,;:]$/, "")}…`;
    if (textWidth(cut, size) <= maxWidth) return cut;
  }
  return "";
}
