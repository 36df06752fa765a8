import { textWidth } from "./textWidth.ts";

/**
 * A text cut short with "…" to fit `maxWidth` px at `size` px (estimated as textWidth does), by whole
 * characters: what CSS's text-overflow: ellipsis does on screen, for an export that has no CSS to do it.
 */
export function cutToWidth(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0) {
    characters.pop();
    const cut = `${characters.join("").trimEnd()}…`;
    if (textWidth(cut, size) <= maxWidth) return cut;
  }
  return "…";
}
