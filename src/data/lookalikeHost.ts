import { printable } from "./printable.ts";

/** Scripts whose letters a host may be written in; Japanese writes three together, counted as one. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Japanese or Chinese", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** The scripts of a label's letters, in order of first use; digits and hyphens have none. */
function scriptsOf(label: string): string[] {
  const found = new Set<string>();
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPTS.find(([, letters]) => letters.test(char))?.[0] ?? "other");
  }
  return [...found];
}

/**
 * Why a source's host may pass for another site's (an IDN homograph: "netflіx.com" with a Cyrillic "і"), or
 * null. Said of a host written in letters that are not ASCII, which the browser asks for in its punycode
 * form (`xn--…`, which links show beside their text): louder when one label mixes scripts, as look-alikes
 * do. A warning, not a refusal: such hosts are real addresses too.
 */
export function lookalikeHost(url: string): string | null {
  const typed = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1]?.replace(/:\d*$/, "") ?? "";
  // A percent-escaped host is read as its letters: "netfl%D1%96x.com" is the Cyrillic one too.
  let written = typed;
  try {
    written = decodeURIComponent(typed);
  } catch {
    // Not UTF-8 escapes: the URL parser would have refused it.
  }
  const asked = new URL(url).hostname;
  // Letters the URL parser maps to ASCII (full-width "ｎｅｔｆｌｉｘ") go to the very host they show.
  if (!/\P{ASCII}/u.test(written) || !/(^|\.)xn--/.test(asked)) return null;
  const shown = printable(written.toLowerCase(), 100);
  const mixed = written
    .toLowerCase()
    .split(".")
    .map((label) => ({ label, scripts: scriptsOf(label) }))
    .find(({ scripts }) => scripts.length > 1);
  const check = `the link goes to ${asked}, as it shows beside its text; check that this is the source's site (the source is kept)`;
  return mixed
    ? `the host ${shown} mixes ${mixed.scripts.join(" and ")} letters in "${printable(mixed.label, 60)}", as an ` +
        `address made to look like another site's does: ${check}`
    : `the host ${shown} is written in letters that are not ASCII: ${check}`;
}
