import { COLUMNS, type ColumnLevel } from "../data/csvLayout.ts";
import { requiredKeys } from "../data/requiredKeys.ts";
import { citationSchema, eventSchema, sourceSchema } from "../data/schema.ts";

const REQUIRED_KEYS: Readonly<Record<ColumnLevel, readonly string[]>> = {
  event: requiredKeys(eventSchema),
  source: requiredKeys(sourceSchema),
  citation: requiredKeys(citationSchema),
};

/**
 * The columns a sheet cannot do without, read from the schema: each holds a field its item is refused
 * without. Not the ids, which the rows make when a sheet has none (an event's from its show, season, kind
 * and label, a source's from its publisher and day); nor what rows carry by their structure (a row is a
 * citation of its event, and cites the row's source).
 */
export const REQUIRED_COLUMNS: readonly string[] = COLUMNS.filter(
  (column) => column.key !== "id" && REQUIRED_KEYS[column.level].includes(column.key),
).map((column) => column.header);
