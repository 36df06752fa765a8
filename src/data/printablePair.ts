import { printable } from "./printable.ts";

/** A space other than U+0020 (no-break, thin, narrow no-break…): it looks like one, and is not. */
const OTHER_SPACE = /[^\P{Zs} ]/gu;

/** A space shown as printable shows an invisible character: `\u{A0}`. */
const shown = (space: string) => `\\u{${space.codePointAt(0)?.toString(16).toUpperCase()}}`;

/**
 * Two texts that differ, as printable shows them: where they would then look the same (`Luke Cage` typed
 * with a no-break space, copied from a web page), their spaces other than U+0020 are escaped too, so that the
 * reader sees what differs. Its own file: the sheet's reader needs it, the first draw does not.
 */
export function printablePair(a: string, b: string): readonly [string, string] {
  const looks = (text: string) => text.replace(OTHER_SPACE, " ");
  if (a === b || looks(a) !== looks(b)) return [printable(a), printable(b)];
  return [printable(a.replace(OTHER_SPACE, shown)), printable(b.replace(OTHER_SPACE, shown))];
}
