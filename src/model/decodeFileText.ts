const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1): written out, since Node's TextDecoder reads
 * "windows-1252" as Latin-1, and the page and the tests must agree. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are
 * unassigned and stay C1 controls, as the Encoding Standard says.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function windows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes)
    chars.push(byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? "") : String.fromCharCode(byte));
  return chars.join("");
}

/** How a file's bytes became its text. */
export type FileEncoding =
  /** As the file says: by its byte order mark, or UTF-8 because the bytes are valid UTF-8 (other text rarely is). */
  | { readonly kind: "known"; readonly name: "UTF-8" | "UTF-16" }
  /** Not UTF-8 and no mark: Windows-1252, the likeliest, but a guess the reader must be able to see. */
  | { readonly kind: "guessed"; readonly name: "Windows-1252" }
  /**
   * UTF-8 but for some bytes (a row pasted from a Windows-1252 file, say), which are read as Windows-1252:
   * also a guess, said with the line of the first.
   */
  | { readonly kind: "mixed"; readonly name: "UTF-8"; readonly line: number };

/** The length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 where none starts. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  const second = bytes[i + 1] ?? 0;
  // No overlong forms, surrogates or code points past U+10FFFF, as the decoder refuses them.
  const [low, high] =
    lead === 0xe0
      ? [0xa0, 0xbf]
      : lead === 0xed
        ? [0x80, 0x9f]
        : lead === 0xf0
          ? [0x90, 0xbf]
          : lead === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  if (length === 0 || second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * Bytes that are UTF-8 but for a few: the UTF-8 read as UTF-8, each other byte as Windows-1252, with the line
 * of the first. Null when no character beyond ASCII is UTF-8: the file is then Windows-1252 throughout.
 */
function mixedText(bytes: Uint8Array): { readonly text: string; readonly line: number } | null {
  const parts: string[] = [];
  let multibyte = false;
  let first = -1;
  let run = 0;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      multibyte ||= length > 1;
      i += length;
      continue;
    }
    parts.push(UTF8.decode(bytes.subarray(run, i)), windows1252(bytes.subarray(i, i + 1)));
    if (first < 0) first = i;
    i += 1;
    run = i;
  }
  if (!multibyte || first < 0) return null;
  parts.push(UTF8.decode(bytes.subarray(run)));
  let line = 1;
  for (let i = 0; i < first; i += 1) if (bytes[i] === 0x0a) line += 1;
  return { text: parts.join(""), line };
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: FileEncoding;
}

/**
 * A local file's bytes → its text, in the encoding the file is in: UTF-8, or UTF-16 with its byte order
 * mark (Excel's "Unicode Text", tab-separated), or else Windows-1252, which Excel's "CSV (Comma delimited)"
 * writes on a Western Windows. Read as UTF-8, every accented letter of such a file became "�", silently.
 * A leading byte order mark is kept off the text.
 */
export function decodeFileText(bytes: Uint8Array): DecodedText {
  const utf16 = { kind: "known", name: "UTF-16" } as const;
  const guessed = { kind: "guessed", name: "Windows-1252" } as const;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: utf16 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: utf16 };
  // A NUL at the start is no text's in UTF-8 or Windows-1252: a binary file's (a workbook, an image), or
  // UTF-16's without its mark. Read byte for byte, its signature survives to say what it is (workbookKind):
  // read as UTF-8 where it may be, an .xls's D0 CF 11 E0 A1 B1 became "ÐÏ\u0011\u0871", told as nothing.
  if (bytes.subarray(0, 64).includes(0)) return { text: windows1252(bytes), encoding: guessed };
  try {
    return { text: UTF8.decode(bytes), encoding: { kind: "known", name: "UTF-8" } };
  } catch {
    // Read whole as Windows-1252, a UTF-8 file with one stray byte would have every accent turned to "Ã©".
    const mixed = mixedText(bytes);
    if (mixed !== null)
      return { text: mixed.text, encoding: { kind: "mixed", name: "UTF-8", line: mixed.line } };
    return { text: windows1252(bytes), encoding: guessed };
  }
}
