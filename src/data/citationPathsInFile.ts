import type { Dataset } from "./schema.ts";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a citation in the file is the kept one: the same source and quote (kept trimmed). */
const isCitation = (raw: unknown, source: string, quote: string) =>
  isRecord(raw) &&
  raw["source"] === source &&
  typeof raw["quote"] === "string" &&
  raw["quote"].trim() === quote;

/**
 * Where the dataset's kept citations were in the file it was parsed from (`raw`, the file's JSON): parsing
 * may have left out events and citations before one, so its index in the dataset is not always its index in
 * the file. An event is the first of its id in the file whose citations hold the kept ones, in order (by
 * source and quote); a citation not found this way is named by its index in the dataset. Indexed once, on the
 * first citation asked for: a quote check with nothing to report costs nothing.
 */
export function citationPathsInFile(
  raw: unknown,
  dataset: Dataset,
): (event: number, citation: number) => string {
  const events = isRecord(raw) && Array.isArray(raw["events"]) ? (raw["events"] as unknown[]) : [];
  let byId: Map<unknown, number[]> | null = null;
  /** Each dataset event asked for: its index in the file, and each of its citations' there. */
  const found = new Map<number, { readonly index: number; readonly citations: readonly number[] } | null>();
  const locate = (e: number) => {
    const event = dataset.events[e];
    if (event === undefined) return null;
    if (byId === null) {
      byId = new Map();
      events.forEach((item, index) => {
        const id = isRecord(item) ? item["id"] : undefined;
        const list = byId?.get(id);
        if (list) list.push(index);
        else byId?.set(id, [index]);
      });
    }
    for (const index of byId.get(event.id) ?? []) {
      const item = events[index];
      const cites =
        isRecord(item) && Array.isArray(item["citations"]) ? (item["citations"] as unknown[]) : [];
      const citations: number[] = [];
      let from = 0;
      for (const { source, quote } of event.citations) {
        while (from < cites.length && !isCitation(cites[from], source, quote)) from += 1;
        if (from === cites.length) break;
        citations.push(from);
        from += 1;
      }
      if (citations.length === event.citations.length) return { index, citations };
    }
    return null;
  };
  return (e, c) => {
    if (!found.has(e)) found.set(e, locate(e));
    const at = found.get(e);
    const rc = at?.citations[c];
    return at && rc !== undefined ? `events[${at.index}].citations[${rc}]` : `events[${e}].citations[${c}]`;
  };
}
