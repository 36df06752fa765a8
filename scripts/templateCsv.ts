import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDatasetText } from "../src/data/parseDataset.ts";
import { datasetToCsv } from "../src/model/datasetToCsv.ts";

/** The bundled dataset in the CSV layout, with a BOM so that Excel reads it as UTF-8. */
export function templateCsv(root: string): string {
  const { dataset } = parseDatasetText(readFileSync(resolve(root, "public/data/timeline.json"), "utf8"));
  // The JSON Schema's address means nothing to a spreadsheet copy.
  delete dataset.$schema;
  return `\uFEFF${datasetToCsv(dataset).csv}`;
}
