import { jsonSlip } from "./jsonSlip.ts";
import type { NotJson } from "./parseJsonText.ts";
import { sheetInsteadOfJson } from "./sheetInsteadOfJson.ts";

/** What a text the JSON parser refused is: a spreadsheet (said instead), or JSON with a slip (said after). */
export const notJson = (text: string, message: string): NotJson =>
  sheetInsteadOfJson(text) ?? jsonSlip(text, message);
