import { SAVING, type SavingStep } from "./savingStep.ts";

/**
 * A quarter of a million characters of text per part: about 8 ms to encode, so that a part fits in the
 * page's slice (paceSteps) with room to spare, where 7 MB at once took 150 ms and 1 MB parts 33.
 */
const PART = 1 << 18;

/**
 * A file's text, given in pieces (joined, they are the text), made into a Blob a part at a time, with a step
 * after each part: the browser encodes a Blob's text in its constructor, and a large save's text at once held
 * the page. A part never ends between the two halves of a surrogate pair, which would encode as U+FFFD.
 */
export function* blobSteps(pieces: readonly string[], type: string): Generator<SavingStep, Blob> {
  const parts: Blob[] = [];
  let held: string[] = [];
  let length = 0;
  const flush = () => {
    if (held.length > 0) parts.push(new Blob(held));
    held = [];
    length = 0;
  };
  for (const piece of pieces) {
    let at = 0;
    while (piece.length - at > PART - length) {
      let end = at + PART - length;
      if (isHighSurrogate(piece.charCodeAt(end - 1))) end--;
      held.push(piece.slice(at, end));
      at = end;
      flush();
      yield SAVING;
    }
    if (at < piece.length) {
      held.push(at === 0 ? piece : piece.slice(at));
      length += piece.length - at;
    }
  }
  flush();
  return new Blob(parts, { type });
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
