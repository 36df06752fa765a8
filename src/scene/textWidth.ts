/**
 * A text's width in a sans-serif face, px, estimated per character (no DOM, so the scene stays pure and the
 * same in tests, the browser and export). Errs wide: a label given too much room only costs a gap.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (" .,:;'|!il()[]".includes(ch)) em += 0.3;
    else if ("mwMW@".includes(ch)) em += 0.9;
    else if (ch >= "A" && ch <= "Z") em += 0.7;
    else if (ch === "…") em += 1;
    else em += 0.56;
  }
  return Math.ceil(em * size);
}
