import type { Dataset } from "../data/schema.ts";
import { dayWords } from "../dates/dayWords.ts";
import { groupDigits } from "./groupDigits.ts";

/** The schema's limit on a dataset's title (schema.ts). */
const TITLE_MAX = 300;

/**
 * The title of what is saved from the timeline: the dataset's, then what the file holds of it when that is
 * not everything: "(as known on 2 May 2016)" when it is the timeline of a day that held later reports
 * back (`asOf`, UTC ms; null: as it all turned out), "(a selection: N of M events)" when only some of the
 * events are saved, or both: "(as known on 2 May 2016; a selection: 12 of 15 events)"; a picture of only
 * the rows scrolled to says which: "(rows 1–2 of 40, as scrolled)". One wording for the
 * JSON's and CSV's title and the SVG's and PNG's caption. A long title is cut, so that the saved dataset's
 * title stays within the schema's limit.
 */
export function selectionTitle(
  dataset: Pick<Dataset, "title" | "events">,
  saved: number,
  asOf: number | null = null,
  /** A picture of some of the chart's rows (1-based, first to last, of how many): "rows 1–2 of 40, as scrolled". */
  rows?: { readonly first: number; readonly last: number; readonly of: number },
): string {
  const title = dataset.title ?? "Timeline";
  const parts = [
    ...(asOf === null ? [] : [`as known on ${dayWords(asOf)}`]),
    ...(saved === dataset.events.length
      ? []
      : [`a selection: ${groupDigits(saved)} of ${groupDigits(dataset.events.length)} events`]),
    ...(rows === undefined || rows.of === rows.last - rows.first + 1
      ? []
      : [
          `${rows.first === rows.last ? `row ${groupDigits(rows.first)}` : `rows ${groupDigits(rows.first)}–${groupDigits(rows.last)}`} of ${groupDigits(rows.of)}, as scrolled`,
        ]),
  ];
  if (parts.length === 0) return title;
  const said = ` (${parts.join("; ")})`;
  if (title.length + said.length <= TITLE_MAX) return title + said;
  // Cut by code points, so that no emoji is split in two.
  const room = TITLE_MAX - said.length - 1;
  let cut = "";
  for (const c of title) {
    if (cut.length + c.length > room) break;
    cut += c;
  }
  return `${cut.trimEnd()}…${said}`;
}
