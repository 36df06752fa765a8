import type { Dataset } from "../data/schema.ts";

/**
 * When the dataset stands as it is, with nothing else to draw, without reading a claim: when no citation
 * carries a claim or an outcome, every event's date is its own, so from the day its last page was
 * published (Infinity for an undated page) the as-of dataset is the dataset itself. Null when a citation
 * does carry one, or a relation points to no event (the as-of dataset would drop it).
 */
export function settledDay(dataset: Dataset): number | null {
  const published = new Map<string, number>();
  for (const s of dataset.sources)
    published.set(s.id, s.published === null ? Infinity : Date.parse(`${s.published}T00:00:00Z`));
  let ids: Set<string> | null = null;
  let last = -Infinity;
  for (const event of dataset.events) {
    for (const c of event.citations) {
      const day = published.get(c.source);
      if (c.claim !== undefined || c.outcome === true || day === undefined) return null;
      if (day > last) last = day;
    }
    if (event.relations === undefined) continue;
    ids ??= new Set(dataset.events.map((e) => e.id));
    for (const r of event.relations) if (!ids.has(r.event)) return null;
  }
  return last;
}
