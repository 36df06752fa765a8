import type { Slip } from "./jsonSlip.ts";

/**
 * What a JSON string opening at `at` holds that JSON refuses, said with what to write: an escape JSON does
 * not have (\' as JavaScript writes an apostrophe, \U in a Windows path), a tab or other control character,
 * a line break (pasted in, or its closing quote missing). Null when the string is sound, or the text ends
 * inside it: that is a file cut short (cutShort), not a slip.
 */
export function stringSlip(text: string, at: number): Slip | null {
  for (let i = at + 1; i < text.length; i += 1) {
    const c = text[i] ?? "";
    if (c === '"') return null;
    if (c === "\\") {
      const escape = escapeAt(text, i);
      if (escape.kind !== "known") return escape.kind === "slip" ? { at: i, said: escape.said } : null;
      i += escape.length - 1;
    } else if (c === "\n" || c === "\r") return lineBreak(text, at, i);
    // The parser refuses every control character in a string; DEL and the rest are text.
    else if (c < " ") return goesOn(text, i + 1) ? { at: i, said: control(c) } : null;
  }
  return null;
}

/** An escape: one JSON has (its length), one it does not (said), or the text ending inside it. */
type Escape =
  | { readonly kind: "known"; readonly length: number }
  | { readonly kind: "slip"; readonly said: string }
  | { readonly kind: "cut" };

const ESCAPES = '\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX';
const HEX = /^[\dA-Fa-f]{0,4}/;

/** The escape whose backslash is at `i`. */
function escapeAt(text: string, i: number): Escape {
  const next = text.codePointAt(i + 1);
  // A text that ends after it (an editor's last line break aside) is cut short.
  if (next === undefined || !goesOn(text, i + 1)) return { kind: "cut" };
  const c = String.fromCodePoint(next);
  if ('"\\/bfnrt'.includes(c)) return { kind: "known", length: 2 };
  if (c === "u") {
    const digits = HEX.exec(text.slice(i + 2, i + 6))?.[0] ?? "";
    if (digits.length === 4) return { kind: "known", length: 6 };
    if (!goesOn(text, i + 2 + digits.length)) return { kind: "cut" };
    // A Windows path's \users reads as a \u escape.
    return {
      kind: "slip",
      said: "\\u takes four hex digits (\\u00e9 is é): write them, or \\\\ for a backslash itself",
    };
  }
  // As JavaScript writes it: JSON's strings are in double quotes, so an apostrophe needs no escape.
  if (c === "'") return { kind: "slip", said: "JSON does not escape an apostrophe (\\'): write ' alone" };
  // As JavaScript continues a string on the next line: JSON's strings end on the line they start on.
  if (c === "\n" || c === "\r")
    return {
      kind: "slip",
      said: "a string cannot go on past a \\ at the end of its line: delete the \\ and join the lines",
    };
  const shown = c < " " ? "a \\ before a control character" : `\\${c}`;
  return {
    kind: "slip",
    said: `${shown} is not an escape JSON has (it has ${ESCAPES}): write \\\\ for a backslash itself`,
  };
}

/**
 * A line break in a string. When the string closes on a later line and goes on as a string does (a comma, a
 * colon, a bracket after it), the break was pasted in; otherwise the line's closing quote is likely missing,
 * and the next string's opening quote was read as this one's close.
 */
function lineBreak(text: string, at: number, i: number): Slip | null {
  CLOSED.lastIndex = at;
  if (CLOSED.test(text))
    return { at: i, said: "a string cannot hold a line break: write \\n, or join the lines" };
  // A text that ends after the break is cut short, not a slip.
  return goesOn(text, i)
    ? { at, said: 'a string runs on past the end of its line: is its closing " missing?' }
    : null;
}

/** A string to its closing quote, then what may follow one: a comma, a colon, a bracket, the text's end. */
const CLOSED = /"(?:[^"\\]|\\.)*"\s*(?:[,:\]}]|$)/sy;
const AFTER = /\s*\S/y;

/** Whether anything but space follows `i`. */
function goesOn(text: string, i: number): boolean {
  AFTER.lastIndex = i;
  return AFTER.test(text);
}

/** A control character in a string, with what to write instead. */
function control(c: string): string {
  if (c === "\t") return "a tab inside a string: write \\t (or remove it)";
  const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `a control character (U+${code}) inside a string: remove it (or write \\u${code})`;
}
