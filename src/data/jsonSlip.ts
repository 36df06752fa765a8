import { stringSlip } from "./stringSlip.ts";

/**
 * The small mistakes people make writing JSON by hand, said in plain words with what to write: the parser
 * only says which character it did not expect. Looked for outside strings and in them (stringSlip), from the
 * start, so the first one found is the one the parser stopped at (or just before it: a trailing comma is
 * refused at the bracket after it). Null when the text has none of them, or the parser stopped earlier, at
 * something else.
 */
export function jsonSlip(text: string, message: string): string | null {
  const slip = firstSlip(text);
  if (slip === null) return null;
  const stopped = stoppedAt(text, message);
  if (stopped !== null && slip.at > stopped) return null;
  const [line, column] = placeOf(text, slip.at);
  // A trailing comma is refused at the bracket after it: where that is too, when it is on a line of its own.
  const parser = stopped === null ? null : placeOf(text, stopped);
  const also =
    parser && parser[0] !== line ? ` (The parser stopped at line ${parser[0]}, column ${parser[1]}.)` : "";
  return `Line ${line}, column ${column}: ${slip.said}${slip.said.endsWith("?") ? "" : "."}${also}`;
}

/** An offset's line and column, as an editor shows them. */
export function placeOf(text: string, at: number): [number, number] {
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

export interface Slip {
  /** Its offset in the text. */
  readonly at: number;
  readonly said: string;
}

const QUOTES = 'write names and text between straight double quotes (")';
const WORDS: Readonly<Record<string, string>> = {
  NaN: "JSON has no NaN: write a number, or leave the field out",
  Infinity: "JSON has no Infinity: write a number, or leave the field out",
  undefined: "JSON has no undefined: leave the field out, or write null where the format takes it",
};

/** A string, a number, or a word (true, or a slip: NaN, a name without its quotes). */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?[A-Za-z_$][\w$]*|-?\d[\d.eE+-]*/sy;
/** What follows a comma when it is the last entry's. */
const CLOSING = /\s*([\]}])/y;

/** The first slip outside strings; null at anything else the scan does not know. */
function firstSlip(text: string): Slip | null {
  /** The open objects and arrays, innermost last. */
  const open: string[] = [];
  /** What the last token was: a value (or a name) needs a comma (or a colon) before the next one. */
  let last: "value" | "name" | "other" = "other";
  for (let i = 0; i < text.length;) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*"))
      return { at: i, said: 'JSON has no comments: delete it (a note for readers goes in a "note" field)' };
    if (c === "“" || c === "”" || c === "„")
      return { at: i, said: `a curly quote (${c}), as a word processor or phone types it: ${QUOTES}` };
    if (c === "'" || c === "‘" || c === "’") return { at: i, said: `a single quote (${c}): ${QUOTES}` };
    if (last === "name" && c !== ":")
      return { at: i, said: 'a colon is missing after the name before it: write "name": value' };
    if (c === ",") {
      CLOSING.lastIndex = i + 1;
      const next = CLOSING.exec(text);
      if (next)
        return {
          at: i,
          said: `a comma before "${next[1]}": JSON takes none after the last entry; delete it`,
        };
    } else if (c === "]" || c === "}") {
      open.pop();
    } else if (c !== ":") {
      if (last === "value") return open.length === 0 ? more(i) : missingComma(i);
      if (c === "[" || c === "{") open.push(c);
      else {
        // Read after what comes before it, as the parser reads it: a missing comma or colon first.
        const inString = c === '"' ? stringSlip(text, i) : null;
        if (inString !== null) return inString;
        TOKEN.lastIndex = i;
        const token = TOKEN.exec(text)?.[0];
        if (token === undefined) return null;
        const word = token.replace(/^-/, "");
        const said = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
        if (said !== undefined) return { at: i, said };
        // A word that starts the file is not a slip in JSON but a file of something else (text, a sheet).
        if (/^[A-Za-z_$]/.test(word) && !["true", "false", "null"].includes(word)) {
          // "tru" at the very end is true cut short (cutShort), not a slip.
          const cut =
            i + token.length === text.trimEnd().length && /^(?:t|tr|tru|f|fa|fal|fals|n|nu|nul)$/.test(word);
          return open.length === 0 || cut ? null : { at: i, said: `${word} without quotes: write "${word}"` };
        }
        // A string right after "{" or "," in an object is a name, which a colon must follow.
        const isName = open.at(-1) === "{" && token.startsWith('"') && !afterColon(text, i);
        last = isName ? "name" : "value";
        i += token.length;
        continue;
      }
    }
    last = c === "]" || c === "}" ? "value" : "other";
    i += 1;
  }
  return null;
}

/** Whether the token at `i` follows a colon: an object's value, not its name. */
function afterColon(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j] ?? "")) j -= 1;
  return text[j] === ":";
}

const missingComma = (at: number): Slip => ({
  at,
  said: "a comma is missing before this entry: write , between entries",
});

const more = (at: number): Slip => ({
  at,
  said: "something follows the end of the dataset (its last closing bracket): delete it",
});

/** Where the parser stopped, when its message says: "at position 10" (V8), "line 2 column 3" (Firefox). */
export function stoppedAt(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const place = /line (\d+) column (\d+)/.exec(message);
  if (place === null) return null;
  const lines = text.split(/(?<=\r\n|\r|\n)/);
  const line = Number(place[1]);
  return lines.slice(0, line - 1).join("").length + Number(place[2]) - 1;
}
