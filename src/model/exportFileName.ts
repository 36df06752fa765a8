/** What a saved file holds of the timeline, for its name. */
export interface ExportOf {
  /** Only some of the events: the filters left some out. */
  readonly selection?: boolean;
  /** The day (UTC ms) the timeline is known as of, when that held later reports back; null: how it turned out. */
  readonly asOf: number | null;
  /** Only what was read of the file: problems left some of it out (the page lists them). */
  readonly incomplete?: boolean;
}

/**
 * A saved file's name, which tells apart files that hold different things: "timeline.svg",
 * "timeline-selection.csv", "timeline-as-of-2016-05-02.json", "timeline-selection-as-of-2016-05-02.png",
 * "timeline-incomplete.json" (last, so that it is seen however long the rest).
 */
export function exportFileName(
  stem: string,
  { selection = false, asOf, incomplete = false }: ExportOf,
  extension: string,
): string {
  const day = asOf === null ? "" : `-as-of-${new Date(asOf).toISOString().slice(0, 10)}`;
  return `${stem}${selection ? "-selection" : ""}${day}${incomplete ? "-incomplete" : ""}.${extension}`;
}
