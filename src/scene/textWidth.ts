/**
 * Each printable ASCII character's width in hundredths of an em, from " " to "~", written as the character
 * 20 codes above it ("4" is 0.32 em: a list of numbers cost 55 bytes more of the first draw's JavaScript).
 * The wider of DejaVu Sans (Linux's sans-serif, wide) and Liberation Sans (Arial's metrics), each measured
 * in Chromium and rounded up. The faces readers get (system-ui: Segoe UI, Roboto, San Francisco, DejaVu)
 * are no wider. An average letter's 0.56 em, Arial's, drew DejaVu labels up to 7 px past their items' hit
 * areas and into the gap kept before the next label.
 */
const PRINTABLE =
  "4=BhTtb0<<Fh4946TTTTTTTTTT66hhhLzYY]bWRb`2FWLk_cWc]WR^YwYWY<6<hLFRTKTR8TT00N0vTRTT>I<TPfPPIT6Th";
/** Each ASCII character's width in ems (a control character as wide as a letter: it never erred narrow). */
const ASCII_EMS = Float64Array.from(
  { length: 128 },
  (_, code) => (PRINTABLE.charCodeAt(code - 32) - 20 || 64) / 100,
);
/** Punctuation labels use that is narrower or wider than other characters outside ASCII. */
const PUNCTUATION_EMS = new Map(
  Object.entries({ "‘": 0.32, "’": 0.32, "“": 0.52, "”": 0.52, "–": 0.56, "—": 1, "…": 1, "−": 0.84 }).map(
    ([ch, ems]) => [ch.charCodeAt(0), ems],
  ),
);
/**
 * Any other letter: wide enough for accented Latin (0.62 in DejaVu Sans), Greek, Hebrew and Arabic, and
 * most of Cyrillic (Ж is 1.08: a few words err narrow by part of an em).
 */
const OTHER_EMS = 0.8;
/** Chinese, Japanese and Korean characters, and fullwidth forms: a whole em each. */
const WIDE_EMS = 1;
/**
 * A character outside the BMP (an emoji, mostly): 1.04 em in DejaVu Sans, more in colour faces. So are the
 * BMP's arrows, symbols and dingbats (★ is 0.9 em in DejaVu Sans; ✅ ⭐ ❤ are drawn as emoji).
 */
const ASTRAL_EMS = 1.25;

/** Chinese, Japanese and Korean characters, and fullwidth forms (the rarer wide blocks left out: bytes). */
const isWide = (code: number) =>
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xff60);

/** A bold face's width against the regular one textWidth estimates (the export's titles and caption). */
export const BOLD = 1.1;

/**
 * A text's width in a sans-serif face, px, estimated per character (no DOM, so the scene stays pure and the
 * same in tests, the browser and export). Errs wide: a label given too much room only costs a gap.
 */
export function textWidth(text: string, size: number): number {
  return Math.ceil(textEms(text) * size);
}

/**
 * `em` plus the text's width in ems, character by character (a character outside the BMP counts once):
 * the sum is built in the same order whether a text is measured whole or after a prefix, so the two agree
 * to the bit. A table, not string searches: packing measures every label of a 100k-event dataset.
 */
export function textEms(text: string, em = 0): number {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) em += ASCII_EMS[code] ?? 0.64;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // A surrogate pair is one character.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        em += ASTRAL_EMS;
      } else em += OTHER_EMS;
    } else
      em +=
        PUNCTUATION_EMS.get(code) ??
        (code >= 0x2190 && code <= 0x2bff ? ASTRAL_EMS : isWide(code) ? WIDE_EMS : OTHER_EMS);
  }
  return em;
}
