import type * as EdtfLibrary from "edtf";
import { onDemand } from "../onDemand.ts";

/**
 * The `edtf` library (its grammar and date classes, about 15 KB gzip), loaded only when a date is not plain
 * ISO: plain dates (2016, 2016-05, 2016-05-11~) are read without it (edtfInterval.ts), so most datasets
 * draw without ever fetching it.
 */
const library = onDemand(() => import("edtf"));

/**
 * Thrown by a date function that needs the grammar before loadEdtfGrammar() has finished. Its message is
 * short: a programmer's, never a reader's, and bytes before the first draw (check:size).
 */
export class EdtfGrammarNotLoaded extends Error {
  constructor() {
    super("await loadEdtfGrammar() first");
    this.name = "EdtfGrammarNotLoaded";
  }
}

export function loadEdtfGrammar(): Promise<typeof EdtfLibrary> {
  return library.load();
}

/** The library, or EdtfGrammarNotLoaded. */
export function edtfGrammar(): typeof EdtfLibrary {
  const loaded = library.loaded();
  if (loaded === null) throw new EdtfGrammarNotLoaded();
  return loaded;
}

/**
 * Runs `work`; when it turns out to need the grammar, loads it and runs `work` again. Work that meets only
 * plain dates never loads it, and work that meets another date stops there, so little is done twice.
 */
export async function withEdtfGrammar<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    // Awaited here, so that work that pauses (paceSteps) is caught too.
    return await work();
  } catch (error) {
    if (!(error instanceof EdtfGrammarNotLoaded)) throw error;
    await loadEdtfGrammar();
    return work();
  }
}
