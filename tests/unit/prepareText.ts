import { parseDatasetText } from "../../src/data/parseDataset.ts";
import { prepareParsed, type PreparedDataset } from "../../src/model/prepareDataset.ts";

/**
 * JSON text → prepared dataset, at once: the schema's path (the page's prepareDatasetText() tries the fast
 * checks first, and is asynchronous because the validator and the EDTF grammar load on demand).
 */
export function prepareDataset(text: string): PreparedDataset {
  return prepareParsed(parseDatasetText(text));
}
