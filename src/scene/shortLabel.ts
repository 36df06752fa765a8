import { isWordCharacter } from "../data/wordCharacter.ts";
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
  text = text.replace(new RegExp(`\\b${title}\\s+season\\s+(\\d+)`, "gi"), "S$1");
  text = text.replace(/\bseason\s+(\d+)/gi, "S$1");
  // The title at the start as a whole word in any script: `\b` knows only ASCII letters, so it found no
  // "Сорвиголова", and none after "Agents of S.H.I.E.L.D." (a full stop and a space are no word boundary).
  // Compared as text: a pattern over Unicode's letters, ignoring case, took ten times as long a label.
  const head = text.slice(0, showTitle.length);
  if (head.toLowerCase() === showTitle.toLowerCase() && !isWordCharacter(text.charAt(showTitle.length)))
    text = text.slice(showTitle.length).replace(/^[’']?s?\s*/, "");
  text = text.trim();
  const season = event.season;
  // Written "s1" in the label too ("Show 001 s1 release"): not said twice, "S1 s1 release".
  if (season != null && !new RegExp(`\\bS${season}\\b`, "i").test(text)) text = `S${season} ${text}`;
  if (text === "") text = event.label;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (textWidth(text, size) <= maxWidth) return text;
  // Cut at a word; with no space to cut at but the season's (a label in Chinese, a long compound), by
  // characters: a label of ten Chinese characters was drawn "S1…".
  const words = text.split(" ");
  const byWord = words.length > 2 || (words.length === 2 && !/^S\d+$/.test(words[0] ?? ""));
  const parts = byWord ? words : [...text];
  // Never less than a word, nor than three characters ("S…" says nothing).
  while (parts.length > (byWord ? 1 : 3)) {
    parts.pop();
    const cut = `${parts
      .join(byWord ? " " : "")
      .trimEnd()
      .replace(/[,;:]$/, "")}…`;
    if (textWidth(cut, size) <= maxWidth) return cut;
  }
  return "";
}
