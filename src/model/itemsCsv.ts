import { csvCell } from "../data/csvCell.ts";
import type { TimelineItem } from "./timelineItems.ts";

const COLUMNS = [
  "id",
  "show",
  "season",
  "kind",
  "label",
  "start",
  "end",
  "when",
  "certainty",
  "sources",
  "quotes",
];

/** The items as CSV, one row each, quotes joined with their publishers. */
export function itemsCsv(items: readonly TimelineItem[]): string {
  const rows = items.map(({ event, show, when, citations }) =>
    [
      event.id,
      show.title,
      event.season === undefined ? "" : String(event.season),
      event.kind,
      event.label,
      event.start ?? "",
      event.end ?? "",
      when,
      event.certainty,
      [...new Set(citations.map((c) => c.source.url))].join(" "),
      citations.map((c) => `${c.source.publisher}: “${c.quote}”`).join("\n"),
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
