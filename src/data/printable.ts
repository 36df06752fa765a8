/**
 * Everything a name echoed back should not hide: controls of any kind (tab and newlines too), format and
 * bidi characters, default-ignorable ones (joiners and variation selectors included: in an id or a path
 * they are never needed), and line and paragraph separators.
 */
const INVISIBLE = /[\p{Cs}\p{Cc}\p{Cf}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu;

/**
 * The one way to show untrusted text as a name (a key, an id, a JSON path, a URL parameter, an error echo):
 * every invisible character becomes a visible escape (`\u{202E}`), and the result is cut to `max` code
 * points with "…". Only the head of a huge text is looked at, so a 1 MB key costs what an 80-character one
 * does.
 */
export function printable(text: string, max = 80): string {
  // Each code point is at most 2 UTF-16 units: this head holds the first max + 1 code points.
  const head = text.slice(0, 2 * (max + 1));
  const points = Array.from(head.replace(INVISIBLE, escape));
  const cut = points.length > max || head.length < text.length;
  return cut ? `${points.slice(0, max).join("")}…` : points.join("");
}

function escape(character: string): string {
  return `\\u{${character.codePointAt(0)?.toString(16).toUpperCase()}}`;
}
