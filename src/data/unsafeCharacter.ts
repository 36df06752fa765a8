/**
 * Characters that can change what a reader sees without being seen themselves: C0/C1 controls (tab and
 * newlines aside), bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069,
 * U+200E/F, U+061C), and invisible zero-width characters (U+200B, U+2060, U+FEFF). Zero-width joiners
 * (U+200C/D) stay allowed: scripts such as Persian and emoji sequences need them, and they reorder nothing.
 */
const UNSAFE =
  // Matching control characters is the point of this pattern.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** The first unsafe character, as "U+202E", or null. */
export function unsafeCharacter(text: string): string | null {
  const found = UNSAFE.exec(text);
  return found ? `U+${found[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/**
 * Text from a dataset that is echoed back in a message (an unknown key, an unreadable id): unsafe
 * characters become visible escapes, and long text is cut.
 */
export function printable(text: string, max = 80): string {
  const escaped = text.replace(
    new RegExp(UNSAFE.source, "gu"),
    (c) => `\\u{${c.codePointAt(0)?.toString(16).toUpperCase()}}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
