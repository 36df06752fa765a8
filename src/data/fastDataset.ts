import { citationFault, claimsNothing } from "./citationFault.ts";
import { eventFault } from "./eventFault.ts";
import { outsideBand, yearBand } from "./yearBand.ts";
import { fastEvent } from "./fastEvent.ts";
import { ASK, text } from "./fastFields.ts";
import { fastShow } from "./fastShow.ts";
import { fastSource } from "./fastSource.ts";
import { NON_ASCII_HOST } from "./formatPatterns.ts";
import type { ParsedDataset } from "./parseDataset.ts";
import { relationFault } from "./relationFault.ts";
import { repeatedTitles } from "./showTitleKey.ts";
import type { Dataset, Source } from "./schema.ts";

/*
 * The hot path for a whole dataset: a file with no problem at all (nearly every file a page loads) is
 * checked without zod, which then never loads. Anything the fast checks are not sure of, and any problem,
 * gets null: parseDataset() (the schema) then checks the file and says what is wrong. A property test holds
 * this to parseDataset() over valid and broken datasets.
 */

const TOP_KEYS = new Set<string>(["$schema", "title", "shows", "sources", "events"]);

/**
 * Each item checked, or null at the first one the check is not sure of, or a repeated id. The list itself
 * while every item is kept as it is (nearly always): a copy of 100k items only when one is not.
 */
function all<T extends { id: string }>(list: unknown, check: (raw: unknown) => T | null): T[] | null {
  if (!Array.isArray(list)) return ASK;
  const items = list as unknown[];
  const ids = new Set<string>();
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = check(items[i]);
    if (item === null) return ASK;
    // One lookup, not has() and add(): a repeated id leaves the size as it was.
    const size = ids.size;
    if (ids.add(item.id).size === size) return ASK;
    if (out === null && item !== items[i]) out = items.slice(0, i) as T[];
    out?.push(item);
  }
  return out ?? (items as T[]);
}

/** What parseDataset(json) gives when it finds no problem at all; null for anything else. */
export function fastDataset(json: unknown): ParsedDataset | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return ASK;
  const top = json as Record<string, unknown>;
  for (const key in top) if (!TOP_KEYS.has(key)) return ASK;
  const { $schema } = top;
  if ($schema !== undefined && typeof $schema !== "string") return ASK;
  const title = top["title"] === undefined ? undefined : text(top["title"], 300);
  if (title === null) return ASK;

  const shows = all(top["shows"], fastShow);
  const sources = shows && all(top["sources"], fastSource);
  if (!shows || !sources) return ASK;
  // Two shows of one title are a warning, the validator's to word.
  if (repeatedTitles(shows).size > 0) return ASK;
  // A host that may pass for another site's is a warning, the validator's to word.
  if (sources.some(({ url }) => NON_ASCII_HOST.test(url))) return ASK;

  // A year far from the sources' is a warning, the validator's to word.
  const band = yearBand(sources);
  const showIds = new Set(shows.map(({ id }) => id));
  const sourceIds = new Set(sources.map(({ id }) => id));
  let sourceById: Map<string, Source> | undefined;
  let related = false;
  // Each event is checked against the shows and sources as it is read: one pass over 100k events, not two
  // (at that size each pass costs about 10 ms of the first draw in reaching the objects alone).
  const events = all(top["events"], (raw) => {
    const event = fastEvent(raw);
    if (event === null || eventFault(event, showIds) !== null) return ASK;
    if (band !== null && outsideBand(event, band)) return ASK;
    for (const citation of event.citations) {
      if (!sourceIds.has(citation.source)) return ASK;
      if (claimsNothing(citation)) continue;
      sourceById ??= new Map(sources.map((source) => [source.id, source]));
      if (citationFault(event, citation, sourceById) !== null) return ASK;
      if (citation.claim?.relations) related = true;
    }
    if (event.relations) related = true;
    return event;
  });
  if (!events) return ASK;
  if (related) {
    const eventIds = new Set(events.map(({ id }) => id));
    for (const event of events) {
      for (const list of [event.relations, ...event.citations.map((c) => c.claim?.relations)]) {
        if (list?.some((_, r) => relationFault(list, r, event.id, eventIds))) return ASK;
      }
    }
  }
  const dataset: Dataset = {
    ...($schema !== undefined ? { $schema } : {}),
    ...(title !== undefined ? { title } : {}),
    shows,
    sources,
    events,
  };
  return { dataset, problems: [], omitted: [] };
}
