import { parseDatasetText } from "../../src/data/parseDataset.ts";
import type { AsOfView } from "../../src/model/asOfView.ts";
import { prepareParsed, type PreparedDataset } from "../../src/model/prepareDataset.ts";

/**
 * JSON text → prepared dataset, at once: the schema's path (the page's prepareDatasetText() tries the fast
 * checks first, and is asynchronous because the validator and the EDTF grammar load on demand).
 */
export function prepareDataset(text: string): PreparedDataset {
  return prepareParsed(parseDatasetText(text));
}

/** A prepared dataset as known on a day (UTC ms; Infinity: how it turned out), as the page draws it. */
export function viewOn(prepared: PreparedDataset, day: number): AsOfView {
  const view = prepared.asOf.view(day);
  if (view === null) throw new Error("the reader of claims is not loaded: tests/setup.ts loads it up front");
  return view;
}
