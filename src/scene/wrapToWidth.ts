import { cutToWidth } from "./cutToWidth.ts";
import { textWidth } from "./textWidth.ts";

/**
 * A text as lines of at most `maxWidth` px at `size` px (estimated as textWidth does), broken between words;
 * a word wider than a line on its own is cut short (cutToWidth). For an export, which has no CSS to wrap it.
 */
export function wrapToWidth(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const longer = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(longer, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  lines.push(line);
  return lines.map((each) => cutToWidth(each, size, maxWidth));
}
