/**
 * Characters that can change what a reader sees without being seen themselves, by Unicode property rather
 * than by a hand-made list: controls (tab and newlines aside), format characters (bidirectional embeddings,
 * overrides, isolates and marks among them), and every Default_Ignorable_Code_Point (U+3164, U+00AD, U+180E,
 * the tag characters U+E0000–E007F…), and half a surrogate pair without its other half (a `\ud800` escape
 * alone), which is no character at all and makes any link built from the text throw, and the noncharacters
 * (U+FFFE, U+FFFF, U+FDD0–FDEF…), which no text holds and XML forbids (a saved SVG with one would not open).
 * Allowed, because real text needs them and they reorder nothing: the zero-width non-joiner and joiner
 * (U+200C/D, for Persian and emoji sequences), and a variation selector right after an emoji (❤️).
 */
const UNSAFE =
  /(?![\t\n\r\u200C\u200D])(?!(?<=\p{Emoji})[\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Cs}\p{Cc}\p{Cf}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;

/** Printable ASCII has none of them: most text, checked without the Unicode property tables. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** The first unsafe character, as "U+202E", or null. */
export function unsafeCharacter(text: string): string | null {
  if (PRINTABLE_ASCII.test(text)) return null;
  const found = UNSAFE.exec(text);
  return found ? codePoint(found[0]) : null;
}

export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
}
