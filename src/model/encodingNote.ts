import type { FileEncoding } from "./decodeFileText.ts";

/** A file whose encoding was guessed. */
export interface GuessedEncoding {
  readonly file: string;
  readonly encoding: string;
}

/** The file, when its encoding was a guess: none, or one. */
export const guessedIn = (file: string, encoding: FileEncoding | undefined): GuessedEncoding[] =>
  encoding?.kind === "guessed"
    ? [{ file, encoding: encoding.name }]
    : encoding?.kind === "mixed"
      ? [{ file, encoding: `Windows-1252 where it is not (from line ${encoding.line}), UTF-8 elsewhere` }]
      : [];

/** The files a note names, and what it says of them. */
export interface EncodingNote {
  readonly files: readonly string[];
  readonly said: string;
}

/**
 * What is said of files read in a guessed encoding (their bytes are not UTF-8 and carry no mark), so that a
 * wrong guess is seen rather than taken for the author's typos: the page's note and the scripts say it
 * alike. Null when nothing was guessed.
 */
export function encodingNote(guessed: readonly GuessedEncoding[]): EncodingNote | null {
  if (guessed.length === 0) return null;
  const encodings = [...new Set(guessed.map(({ encoding }) => encoding))].join(" or ");
  const one = guessed.length === 1;
  const [is, was, it] = one ? ["is", "was", "it"] : ["are", "were", "them"];
  return {
    files: guessed.map(({ file }) => file),
    said:
      `${is} not UTF-8 and ${was} read as ${encodings}, a guess: ` +
      `if letters look wrong, save ${it} as UTF-8 and open ${it} again.`,
  };
}

/** The note as one line, for the scripts. */
export const encodingLine = ({ files, said }: EncodingNote) => `${files.join(", ")} ${said}`;
