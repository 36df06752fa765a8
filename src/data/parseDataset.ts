import type { z } from "zod";
import { edtfInterval } from "../dates/edtfInterval.ts";
import { DatasetError } from "./DatasetError.ts";
import { printable } from "./unsafeCharacter.ts";
import { ANNOUNCEMENT_DAYS } from "./announcement.ts";
import {
  WINDOW_KINDS,
  citationSchema,
  datasetSchema,
  eventSchema,
  showSchema,
  sourceSchema,
  type Dataset,
  type Source,
  type TimelineEvent,
} from "./schema.ts";

/** One thing left out of the dataset, and why. */
export interface Problem {
  /** The id of the item left out, when it has a readable one. */
  readonly id: string | null;
  /** Where in the JSON: `events[3].start`. */
  readonly path: string;
  readonly reason: string;
}

export interface ParsedDataset {
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
}

const LISTS = ["shows", "sources", "events"] as const;
const TOP_KEYS = new Set<string>(["$schema", "title", ...LISTS]);

/** JSON text → dataset. Throws DatasetError only when nothing can be drawn. */
export function parseDatasetText(text: string): ParsedDataset {
  if (text.trim() === "") throw new DatasetError("The dataset file is empty.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`The dataset is not valid JSON: ${(error as Error).message}`);
  }
  return parseDataset(json);
}

/**
 * Checks a dataset item by item: every item with a problem is left out and reported with its path, and
 * everything else is kept. Throws DatasetError only when the top level itself is unusable.
 */
export function parseDataset(json: unknown): ParsedDataset {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError("The dataset must be a JSON object with shows, sources and events arrays.");
  }
  const top = json as Record<string, unknown>;
  for (const list of LISTS) {
    if (!Object.hasOwn(top, list)) throw new DatasetError(`The dataset has no "${list}" array.`);
    if (!Array.isArray(top[list])) throw new DatasetError(`"${list}" must be an array.`);
  }
  const problems: Problem[] = [];

  for (const key of Object.keys(top)) {
    if (!TOP_KEYS.has(key)) {
      problems.push({ id: null, path: printable(key), reason: `unknown key "${printable(key)}" (ignored)` });
    }
  }
  const header = datasetSchema.pick({ $schema: true, title: true }).safeParse({
    $schema: top["$schema"],
    title: top["title"],
  });
  if (!header.success) problems.push(...issuesOf(header.error, "", null));

  const shows = keepValid(top["shows"] as unknown[], "shows", showSchema, problems);
  const sources = keepValid(top["sources"] as unknown[], "sources", sourceSchema, problems);
  const showIds = new Set(shows.map(({ item }) => item.id));
  const sourceIds = new Set(sources.map(({ item }) => item.id));

  // A bad citation loses only itself: its event stays while it has another.
  const citationIndexes: number[][] = [];
  const rawEvents = (top["events"] as unknown[]).map((raw, e) => {
    const { cleaned, kept } = withValidCitations(raw, `events[${e}]`, problems);
    citationIndexes.push(kept);
    return cleaned;
  });
  const sourceById = new Map(sources.map(({ item }) => [item.id, item]));
  const events = keepValid(rawEvents, "events", eventSchema, problems)
    .filter(({ item, path }) => {
      const problem = eventProblem(item, path, showIds, sourceIds);
      if (problem) problems.push(problem);
      return problem === null;
    })
    .map(({ item, path, index }) => ({
      item: withoutImpossibleOutcomes(item, path, citationIndexes[index] ?? [], sourceById, problems),
      path,
    }));

  // Relations last, once the set of kept events is known: a dangling relation loses only itself.
  const eventIds = new Set(events.map(({ item }) => item.id));
  const keptEvents = events.map(({ item, path }) => {
    if (!item.relations) return item;
    const relations = item.relations.filter((relation, r) => {
      const reason =
        relation.event === item.id
          ? "an event cannot relate to itself"
          : eventIds.has(relation.event)
            ? null
            : `relation to unknown event "${relation.event}" (left out)`;
      if (reason) problems.push({ id: item.id, path: `${path}.relations[${r}].event`, reason });
      return reason === null;
    });
    return { ...item, relations };
  });

  const dataset: Dataset = {
    ...(header.success && header.data.$schema !== undefined ? { $schema: header.data.$schema } : {}),
    ...(header.success && header.data.title !== undefined ? { title: header.data.title } : {}),
    shows: shows.map(({ item }) => item),
    sources: sources.map(({ item }) => item),
    events: keptEvents,
  };
  return { dataset, problems };
}

interface Kept<T> {
  readonly item: T;
  readonly path: string;
  readonly index: number;
}

function keepValid<T extends { id: string }>(
  list: readonly unknown[],
  name: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): Kept<T>[] {
  const firstPath = new Map<string, string>();
  const kept: Kept<T>[] = [];
  list.forEach((raw, index) => {
    const path = `${name}[${index}]`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesOf(parsed.error, path, readableId(raw)));
      return;
    }
    const { id } = parsed.data;
    const first = firstPath.get(id);
    if (first !== undefined) {
      problems.push({ id, path: `${path}.id`, reason: `duplicate id "${id}" (first used at ${first})` });
      return;
    }
    firstPath.set(id, path);
    kept.push({ item: parsed.data, path, index });
  });
  return kept;
}

function eventProblem(
  event: TimelineEvent,
  path: string,
  showIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
): Problem | null {
  const problem = (where: string, reason: string): Problem => ({
    id: event.id,
    path: `${path}.${where}`,
    reason,
  });
  if (!showIds.has(event.show)) return problem("show", `unknown show "${event.show}"`);
  const unknown = event.citations.findIndex(({ source }) => !sourceIds.has(source));
  if (unknown >= 0) {
    return problem(
      `citations[${unknown}].source`,
      `cites unknown source "${event.citations[unknown]?.source}"`,
    );
  }
  const isWindow = WINDOW_KINDS.includes(event.kind);
  if (event.end != null) {
    if (!isWindow)
      return problem("end", `a ${event.kind} is a single date: only filming and production have an end`);
    if (event.start == null)
      return problem("end", "has an end but no start (an open start is written ../2016-10)");
    if (edtfInterval(event.end).latest < edtfInterval(event.start).earliest) {
      return problem("end", `ends (${event.end}) before it starts (${event.start})`);
    }
  }
  return null;
}

/**
 * Checks each citation on its own and leaves out the bad ones, reporting each. Returns the event with the
 * good ones, and their indexes in the original list (for paths). Anything not shaped like an event is
 * returned as it is, for the event schema to report.
 */
function withValidCitations(
  raw: unknown,
  path: string,
  problems: Problem[],
): { cleaned: unknown; kept: number[] } {
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { citations?: unknown }).citations)) {
    return { cleaned: raw, kept: [] };
  }
  const citations = (raw as { citations: unknown[] }).citations;
  const kept: number[] = [];
  citations.forEach((citation, c) => {
    const parsed = citationSchema.safeParse(citation);
    if (parsed.success) kept.push(c);
    else problems.push(...issuesOf(parsed.error, `${path}.citations[${c}]`, readableId(raw)));
  });
  if (kept.length === citations.length) return { cleaned: raw, kept };
  return { cleaned: { ...raw, citations: kept.map((c) => citations[c]) }, kept };
}

const DAY_MS = 86_400_000;

/**
 * A page cannot report what had not happened yet, beyond announcing it a few weeks ahead; and a claim's
 * end belongs to windows only. Such citations are left out, each reported.
 */
function withoutImpossibleOutcomes(
  event: TimelineEvent,
  path: string,
  originalIndex: readonly number[],
  sources: ReadonlyMap<string, Source>,
  problems: Problem[],
): TimelineEvent {
  const isWindow = WINDOW_KINDS.includes(event.kind);
  const citations = event.citations.filter((citation, c) => {
    const where = `${path}.citations[${originalIndex[c] ?? c}]`;
    const { claim } = citation;
    if (claim?.end != null && !isWindow) {
      problems.push({
        id: event.id,
        path: `${where}.claim.end`,
        reason: `a ${event.kind} is a single date: only filming and production have an end (citation left out)`,
      });
      return false;
    }
    const published = sources.get(citation.source)?.published;
    const reported = claim?.end ?? claim?.start;
    if (citation.outcome !== true || published == null || reported == null) return true;
    const limit = Date.parse(published) + ANNOUNCEMENT_DAYS * DAY_MS;
    if (edtfInterval(reported).earliest <= limit) return true;
    problems.push({
      id: event.id,
      path: `${where}.claim.${claim?.end != null ? "end" : "start"}`,
      reason:
        `an outcome dated ${reported} cannot be reported by a page published ${published}: ` +
        `a page may announce an outcome at most ${ANNOUNCEMENT_DAYS} days ahead (citation left out)`,
    });
    return false;
  });
  if (citations.length === event.citations.length) return event;
  return { ...event, citations };
}

function issuesOf(error: z.ZodError, path: string, id: string | null): Problem[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? [...issue.path, ...issue.keys] : issue.path;
    const reason =
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${printable(k)}"`).join(", ")}`
        : issue.message;
    return { id, path: joinPath(path, keys), reason };
  });
}

function joinPath(base: string, keys: readonly PropertyKey[]): string {
  return keys.reduce<string>(
    (path, key) =>
      typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key),
    base,
  );
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, "id")) return null;
  const { id } = raw as { id: unknown };
  return typeof id === "string" ? printable(id) : null;
}
