import * as z from "zod/mini";
import { calendarFault } from "../dates/calendarFault.ts";
import { dateAdvice } from "../dates/dateAdvice.ts";
import { isEdtf } from "../dates/edtfInterval.ts";
import { suggestEdtf } from "../dates/suggestEdtf.ts";
import { citationFault, claimsNothing } from "./citationFault.ts";
import { eventFault } from "./eventFault.ts";
import { fastEvent } from "./fastEvent.ts";
import { parseJsonText } from "./parseJsonText.ts";
import { notJson } from "./notJson.ts";
import { relationFault, type Relation } from "./relationFault.ts";
import { nearestId } from "./nearestId.ts";
import { idCouldBe, slug } from "./slug.ts";
import { DatasetError } from "./DatasetError.ts";
import { BUT_IS, MISSING } from "./plainIssue.ts";
import { printable } from "./printable.ts";
import { unsafeCharacter } from "./unsafeCharacter.ts";
import { lookalikeHost } from "./lookalikeHost.ts";
import { laterThanToday } from "./laterThanToday.ts";
import { farYears } from "./farYears.ts";
import { outsideBand, yearBand } from "./yearBand.ts";
import { repeatedTitles, showTitleKey } from "./showTitleKey.ts";
import { requiredKeys } from "./requiredKeys.ts";
import { dayWords } from "../dates/dayWords.ts";
import { NON_ASCII_HOST } from "./formatPatterns.ts";
import {
  ProblemLog,
  type OmittedProblems,
  type Problem,
  type ProblemEffect,
  type ProblemWords,
} from "./problemLog.ts";
import { ANNOUNCEMENT_DAYS } from "./announcement.ts";
import { urlMeant } from "./urlMeant.ts";
import { sourceSuggestion } from "./sourceSuggestion.ts";
import {
  citationSchema,
  NOT_AN_ID,
  NOT_A_URL,
  claimSchema,
  datasetSchema,
  eventSchema,
  relationSchema,
  showSchema,
  sourceSchema,
  type Dataset,
  type Show,
  type Source,
  type TimelineEvent,
} from "./schema.ts";

export type { OmittedProblems, Problem, ProblemEffect } from "./problemLog.ts";

export interface ParsedDataset {
  readonly dataset: Dataset;
  /** The problems kept: at most PROBLEMS_PER_KIND of each kind. */
  readonly problems: readonly Problem[];
  /** Each kind's problems beyond the cap, counted. */
  readonly omitted: readonly OmittedProblems[];
}

export interface ParseOptions {
  /**
   * Events are checked by fastEvent() first, and by the schema only when it is not sure. False: by the
   * schema alone (for the tests that hold the two to each other, and for measuring).
   */
  readonly fastPath?: boolean;
}

const LISTS = ["shows", "sources", "events"] as const;
const TOP_KEYS = new Set<string>(["$schema", "title", ...LISTS]);

/** "a release is a single date", "an announcement is…": the article the kind's first sound takes. */
const singleDate = (kind: string) => `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} is a single date`;

/** Said of a repeated id before the path of the item that has it first (a sheet names that item's rows). */
export const FIRST_USED_AT = "first used at ";

/** JSON text → dataset. Throws DatasetError only when nothing can be drawn. */
export function parseDatasetText(text: string): ParsedDataset {
  return parseDataset(parseJsonText(text, notJson));
}

/**
 * Checks a dataset item by item: every item with a problem is left out and reported with its path, and
 * everything else is kept. Throws DatasetError only when the top level itself is unusable.
 */
export function parseDataset(json: unknown, { fastPath = true }: ParseOptions = {}): ParsedDataset {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError("The dataset must be a JSON object with shows, sources and events arrays.");
  }
  const top = json as Record<string, unknown>;
  for (const list of LISTS) {
    if (!Object.hasOwn(top, list)) {
      // "Sources" or "source" for "sources": the file is refused for one letter, so the key is named.
      const typo = Object.keys(top).find(
        (key) => key.length <= 40 && !TOP_KEYS.has(key) && nearestId(key, [list]) === list,
      );
      throw new DatasetError(
        `The dataset has no "${list}" array` +
          (typo === undefined ? "." : `: it has "${printable(typo)}"; did you mean "${list}"?`),
      );
    }
    if (!Array.isArray(top[list])) throw new DatasetError(`"${list}" must be an array.`);
  }
  const problems = new ProblemLog();

  // Kept: no show, source or event is lost to a key the format does not use, or to a title it cannot read.
  for (const key in top) {
    if (Object.hasOwn(top, key) && !TOP_KEYS.has(key)) {
      problems.add(
        "unknown top-level key",
        () => ({
          id: null,
          path: printable(key),
          reason: `unknown key "${printable(key)}"${meantKey(key, TOP_KEYS, top)} (ignored)`,
        }),
        "kept",
      );
    }
  }
  const header = z.pick(datasetSchema, { $schema: true, title: true }).safeParse({
    $schema: top["$schema"],
    title: top["title"],
  });
  // The dataset is kept; the field is not (the page shows its own title): said, as an unknown key's is.
  if (!header.success) addIssues(problems, header.error, "", "", null, null, IGNORED, "kept");

  const shows = keepValid(top["shows"] as unknown[], "shows", showSchema, problems, withoutBadColour);
  // Kept: two rows of one name on the chart, which the reader cannot tell apart, so said.
  for (const [i, earlier] of repeatedTitles(shows.map(({ item }) => item))) {
    const show = shows[i];
    const first = shows[earlier];
    if (!show || !first) continue;
    problems.add(
      "shows[].title: another show's title",
      () => ({
        id: show.item.id,
        path: `${show.path}.title`,
        reason:
          `"${printable(show.item.title)}" is the title of show "${first.item.id}" too: the chart would show ` +
          "two rows of one name, which a reader cannot tell apart; give each show a title of its own",
      }),
      "kept",
    );
  }
  const sources = keepValid(top["sources"] as unknown[], "sources", sourceSchema, problems);
  const later = laterThanToday();
  for (const source of sources) {
    const { published } = source.item;
    // Kept: a typo of the year, most likely (2061 for 2016), but the page's own date to check, not ours.
    if (published !== null && published > later) {
      problems.add(
        "sources[].published: a day after today",
        () => ({
          id: source.item.id,
          path: `${source.path}.published`,
          reason: `${published} is after today (${dayWords(Date.now())}): a page cannot have been published yet; check its year`,
        }),
        "kept",
      );
    }
    const lookalike = NON_ASCII_HOST.test(source.item.url) ? lookalikeHost(source.item.url) : null;
    if (lookalike === null) continue;
    // Kept and linked as written: the host may well be right, and the reader sees it before following it.
    problems.add(
      "sources[].url: a host not in ASCII",
      () => ({ id: source.item.id, path: `${source.path}.url`, reason: lookalike }),
      "kept",
    );
  }
  const showIds = new Set(shows.map(({ item }) => item.id));
  const sourceIds = new Set(sources.map(({ item }) => item.id));

  const sourceById = new Map(sources.map(({ item }) => [item.id, item]));
  const band = yearBand(sourceById.values());
  // The ids of sources left out for a problem of their own, so that a citation of one says so (it is not
  // an unknown source, which sends the reader looking for a typo); gathered only when an event needs it.
  let refused: ReadonlySet<string> | null = null;
  const isRefusedSource = (id: string) => (refused ??= refusedIds(top["sources"], sourceIds)).has(id);
  // The same for shows: an event of one is told where the cause is, not that its show is unknown.
  let refusedShows: ReadonlySet<string> | null = null;
  const isRefusedShow = (id: string) => (refusedShows ??= refusedIds(top["shows"], showIds)).has(id);
  // A bad citation loses only itself: its event stays while it has another.
  const checked = keepValid(
    top["events"] as unknown[],
    "events",
    eventSchema,
    problems,
    withValidParts,
    fastPath ? fastEvent : undefined,
    nameSuggestion(shows, sourceById),
  );
  // One pass, no intermediate lists: at 100k events every array and wrapper shows up in the GC.
  const events: Kept<TimelineEvent>[] = [];
  let related = false;
  for (const checkedEntry of checked) {
    const entry = withKnownSources(checkedEntry, sourceById, isRefusedSource, problems);
    if (entry === null) continue;
    const problem = eventProblem(entry, showIds, isRefusedShow);
    if (problem) {
      problems.add(`events[].${problem.kind}`, () => problem);
      continue;
    }
    const item = withoutImpossibleOutcomes(entry, sourceById, problems);
    if (item === null) continue;
    // Kept: a typo of the year, most likely, but the reader's to check (and it stretches the axis).
    const far = band === null || !outsideBand(item, band) ? null : farYears(item, band);
    if (far !== null)
      problems.add(
        `events[].${far.field}: far from its sources' years`,
        () => ({ id: item.id, path: `${entry.path}.${far.field}`, reason: far.reason }),
        "kept",
      );
    if (item.relations || item.citations.some((c) => c.claim?.relations)) related = true;
    events.push(item === entry.item ? entry : new Kept(item, entry.list, entry.index, entry.kept));
  }

  // Relations last, once the set of kept events is known: a dangling relation loses only itself. Most
  // large datasets have none, and no set of every id to build.
  const eventIds = related ? new Set(events.map(({ item }) => item.id)) : new Set<string>();
  // An event of the file left out for a problem of its own is named so, not as unknown.
  let refusedEvents: ReadonlySet<string> | undefined;
  const isRefusedEvent = (id: string) => (refusedEvents ??= refusedIds(top["events"], eventIds)).has(id);
  const keptEvents = events.map((entry) => {
    const { item } = entry;
    if (!related) return item;
    /** The relations that stand; each that cannot is reported, under `at` (in the file) and `kind`. */
    const standing = (list: readonly Relation[], kind: string, at: string) =>
      list.filter((relation, r) => {
        const fault = relationFault(list, r, item.id, eventIds);
        if (fault) {
          problems.add(
            `${kind}: ${fault}`,
            () => ({
              id: item.id,
              path: `${entry.path}.${at}[${r}]${fault === "repeat" ? "" : ".event"}`,
              reason:
                fault === "self"
                  ? "an event cannot relate to itself (left out)"
                  : fault === "repeat"
                    ? `${relation.type} "${printable(relation.event)}" a second time (the repeat is left out)`
                    : isRefusedEvent(relation.event)
                      ? `relation to event "${printable(relation.event)}", which is left out for a problem of its own (left out)`
                      : `relation to unknown event "${printable(relation.event)}" (left out)`,
            }),
            // A repeat loses nothing: the order stands, said once.
            fault === "repeat" ? "kept" : "left out",
          );
        }
        return fault === null;
      });
    const relations = item.relations && standing(item.relations, "events[].relations[].event", "relations");
    // A claim's order is checked as the event's own is: a source's "after X" about an X not kept is left out.
    let citations = item.citations;
    citations.forEach((citation, c) => {
      const claimed = citation.claim?.relations;
      if (!claimed || !citation.claim) return;
      const kept = standing(
        claimed,
        "events[].citations[].claim.relations[].event",
        `citations[${entry.kept?.[c] ?? c}].claim.relations`,
      );
      if (kept.length === claimed.length) return;
      if (citations === item.citations) citations = [...item.citations];
      citations[c] = { ...citation, claim: { ...citation.claim, relations: kept } };
    });
    if (
      (relations === undefined || relations.length === item.relations?.length) &&
      citations === item.citations
    )
      return item;
    return { ...item, ...(relations !== undefined ? { relations } : {}), citations };
  });

  const dataset: Dataset = {
    ...(header.success && header.data.$schema !== undefined ? { $schema: header.data.$schema } : {}),
    ...(header.success && header.data.title !== undefined ? { title: header.data.title } : {}),
    shows: shows.map(({ item }) => item),
    sources: sources.map(({ item }) => item),
    events: keptEvents,
  };
  return { dataset, problems: problems.problems, omitted: problems.omitted };
}

/** An item kept, and where it was: its path is only written out for a problem (100k strings otherwise). */
class Kept<T> {
  constructor(
    readonly item: T,
    readonly list: string,
    readonly index: number,
    /** Where the item's citations were in the file, when a repair left some out. */
    readonly kept: readonly number[] | undefined,
  ) {}

  get path(): string {
    return `${this.list}[${this.index}]`;
  }
}

/** A second chance for an item the schema refused: the item without its bad parts, each reported. */
type Repair = (raw: object, path: string, problems: ProblemLog, suggest?: Suggest) => Repaired | null;
interface Repaired {
  readonly value: object;
  /** An event's citations kept, by their index in the file. */
  readonly kept?: readonly number[];
}

function keepValid<T extends { id: string }>(
  list: readonly unknown[],
  name: string,
  schema: z.ZodMiniType<T> & z.ZodMiniObject,
  problems: ProblemLog,
  repair?: Repair,
  fast?: (raw: unknown) => T | null,
  suggest?: Suggest,
): Kept<T>[] {
  const firstIndex = new Map<string, number>();
  const kept: Kept<T>[] = [];
  const required = requiredKeys(schema);
  // Written out only for a problem.
  const pathOf = (index: number) => `${name}[${index}]`;

  /** The schema's verdict, its problems reported: for whatever the fast check is not sure of. */
  const bySchema = (raw: object, index: number): { item: T; kept?: readonly number[] } | null => {
    const missing = required.filter((key) => !Object.hasOwn(raw, key));
    if (missing.length > 0) {
      // Checked before the validator, whose error for a bare `{}` costs twice a good item's check.
      for (const key of missing) {
        problems.add(`${name}[].${key}: missing`, () => ({
          id: readableId(raw),
          path: `${pathOf(index)}.${key}`,
          reason: `${MISSING}${misspeltAs(key, raw, schema)}`,
        }));
      }
      return null;
    }
    let parsed = schema.safeParse(raw);
    // Keys the format does not know are ignored, the item read without them ("colour" cost a show and
    // all its events); said as worth checking once the item is kept, with the key it likely means.
    const unknown = parsed.success ? [] : parsed.error.issues.filter(isUnknownKeys);
    const known = unknown.reduce<object>((value, { path, keys }) => withoutKeys(value, path, keys), raw);
    if (unknown.length > 0) parsed = schema.safeParse(known);
    // Only a refused item pays for the repair, so good items are validated once.
    const repaired = parsed.success ? null : (repair?.(known, pathOf(index), problems, suggest) ?? null);
    if (repaired) parsed = schema.safeParse(repaired.value);
    if (!parsed.success) {
      // Every citation refused, each said with its event left out: "needs at least one citation" would only
      // echo them (at another cell of a sheet, as a second mistake).
      const issues = parsed.error.issues.filter(
        (issue) =>
          repaired?.kept?.length !== 0 || issue.code !== "too_small" || issue.path.join(".") !== "citations",
      );
      // Each against what its paths index: the file's item, and the item read (its bad citations out).
      addIssues(problems, { issues: unknown }, name, pathOf(index), raw);
      addIssues(
        problems,
        { issues },
        name,
        pathOf(index),
        repaired?.value ?? known,
        undefined,
        "",
        undefined,
        suggest,
      );
      return null;
    }
    if (unknown.length > 0)
      addIssues(problems, { issues: unknown }, name, pathOf(index), raw, readableId(raw), IGNORED, "kept");
    return repaired?.kept ? { item: parsed.data, kept: repaired.kept } : { item: parsed.data };
  };

  for (let index = 0; index < list.length; index += 1) {
    const raw = list[index];
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      // The cheapest junk of all (`0`, `"x"`, `[]`) costs no validator call and no error object.
      problems.add(`${name}[]: not an object`, () => ({
        id: null,
        path: pathOf(index),
        reason: `must be an object, not ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`,
      }));
      continue;
    }
    const quick = fast?.(raw) ?? null;
    const checked = quick === null ? bySchema(raw, index) : null;
    const item = quick ?? checked?.item;
    if (item === undefined) continue;
    const { id } = item;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      problems.add(`${name}[].id: duplicate`, () => ({
        id,
        path: `${pathOf(index)}.id`,
        reason: `duplicate id "${id}" (${FIRST_USED_AT}${pathOf(first)})`,
      }));
      continue;
    }
    firstIndex.set(id, index);
    kept.push(new Kept(item, name, index, checked?.kept));
  }
  return kept;
}

/** The string ids of a list's items that were not kept. */
function refusedIds(list: unknown, kept: ReadonlySet<string>): ReadonlySet<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  for (const raw of list as unknown[]) {
    const id: unknown = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
    if (typeof id === "string" && !kept.has(id)) ids.add(id);
  }
  return ids;
}

function eventProblem(
  entry: { readonly item: TimelineEvent; readonly path: string },
  showIds: ReadonlySet<string>,
  isRefusedShow: (id: string) => boolean,
): (ProblemWords & { readonly kind: string }) | null {
  const event = entry.item;
  const fault = eventFault(event, showIds);
  switch (fault?.kind) {
    case undefined:
      return null;
    case "unknown show":
      return isRefusedShow(event.show)
        ? eventAt(entry, "show", `show "${event.show}" is left out for a problem of its own`)
        : eventAt(entry, "show", `unknown show "${event.show}"${didYouMean(event.show, showIds)}`);
    case "end of a single date":
      return eventAt(entry, "end", `${singleDate(event.kind)}: only filming and production have an end`);
    case "end without start":
      return eventAt(entry, "end", "has an end but no start (an open start is written ../2016-10)");
    case "end before start":
      return eventAt(entry, "end", `ends (${event.end}) before it starts (${event.start})`);
  }
}

/** Said of a citation left out of an event that stays on others, and of the last one, which takes the event. */
const CITATION_LEFT_OUT = " (citation left out)";
/** Said after a relation's problem: only it is left out, its event stays. */
export const RELATION_LEFT_OUT = " (relation left out)";
/** Said after a citation's problem when its event had no other: the event is left out with it. */
export const EVENT_LEFT_OUT = " (the event has no other citation, so it is left out)";

/**
 * An event without its citations of sources that are not in the dataset, each reported: a bad citation
 * loses only itself, as a schema-refused one does, and the event stays on the others. Null when none is
 * left: nothing unsourced is drawn.
 */
function withKnownSources(
  entry: Kept<TimelineEvent>,
  sources: ReadonlyMap<string, Source>,
  isRefusedSource: (id: string) => boolean,
  problems: ProblemLog,
): Kept<TimelineEvent> | null {
  const { item: event } = entry;
  // Nearly every event cites known sources only: nothing to copy.
  if (event.citations.every((citation) => sources.has(citation.source))) return entry;
  const kept: number[] = [];
  event.citations.forEach(({ source }, c) => {
    if (sources.has(source)) kept.push(c);
  });
  const after = kept.length > 0 ? CITATION_LEFT_OUT : EVENT_LEFT_OUT;
  event.citations.forEach(({ source }, c) => {
    if (sources.has(source)) return;
    const where = `citations[${entry.kept?.[c] ?? c}].source`;
    const problem = isRefusedSource(source)
      ? eventAt(entry, where, `cites source "${source}", which is left out for a problem of its own`)
      : eventAt(
          entry,
          where,
          `cites unknown source "${source}"${didYouMean(source, sources.keys()) || sourceSuggestion(source, sources.values())}`,
        );
    const { kind, ...said } = problem;
    problems.add(`events[].${kind}${after}`, () => ({ ...said, reason: said.reason + after }));
  });
  if (kept.length === 0) return null;
  const citations = event.citations.filter(({ source }) => sources.has(source));
  const original = kept.map((c) => entry.kept?.[c] ?? c);
  return new Kept({ ...event, citations }, entry.list, entry.index, original);
}

/** An event's problem at `where`; its kind is the field and the check, without the index: "citations[].source". */
function eventAt(
  entry: { readonly item: TimelineEvent; readonly path: string },
  where: string,
  reason: string,
): ProblemWords & { readonly kind: string } {
  return {
    id: entry.item.id,
    path: `${entry.path}.${where}`,
    reason,
    kind: `${where.replace(/\[\d+\]/g, "[]")}: ${reason.replace(/"[^"]*"|\(.*\)/g, "…")}`,
  };
}

function didYouMean(typed: string, known: Iterable<string>): string {
  const near = nearestId(typed, known);
  return near === null ? "" : `; did you mean "${near}"?`;
}

const keysOf = (schema: { readonly def: { readonly shape: object } }) => Object.keys(schema.def.shape);

/**
 * `; "lable" is given: did you mean "label"?` for a required key that is missing because it was mistyped:
 * the item is left out for it, and the key typed would otherwise go unsaid (an unknown key is said only of
 * an item kept).
 */
function misspeltAs(key: string, raw: object, schema: { readonly def: { readonly shape: object } }): string {
  const typo = Object.keys(raw).find(
    (given) =>
      given.length <= 40 && !Object.hasOwn(schema.def.shape, given) && nearestId(given, [key]) === key,
  );
  return typo === undefined ? "" : `; "${printable(typo)}" is given: did you mean "${key}"?`;
}

/** The keys each object of the format takes, by where it is (`events.citations.claim`): a typo's likely key. */
const KNOWN_KEYS = new Map<string, readonly string[]>([
  ["shows", keysOf(showSchema)],
  ["sources", keysOf(sourceSchema)],
  ["events", keysOf(eventSchema)],
  ["events.relations", keysOf(relationSchema)],
  ["events.citations", keysOf(citationSchema)],
  ["events.citations.claim", keysOf(claimSchema)],
  ["events.citations.claim.relations", keysOf(relationSchema)],
]);

/** The keys each object may leave out, by where it is: an empty or null value of one is better left out. */
const OPTIONAL_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["shows", showSchema],
      ["sources", sourceSchema],
      ["events", eventSchema],
      ["events.citations", citationSchema],
      ["events.citations.claim", claimSchema],
    ] as const
  ).map(([where, schema]) => {
    const required = new Set(requiredKeys(schema));
    return [where, new Set(keysOf(schema).filter((key) => !required.has(key)))] as const;
  }),
);

/**
 * `; "note" is optional: …` for an optional key given empty or null where that is refused (a hand-written
 * `"note": ""`, `"season": null`): the item is left out for a field it could do without.
 */
function emptySuggestion(list: string, issue: z.core.$ZodIssue, raw: unknown): string {
  const key = issue.path[issue.path.length - 1];
  const value = valueAtPath(raw, issue.path);
  if (typeof key !== "string" || (value !== "" && value !== null)) return "";
  const where = [list.replaceAll("[]", ""), ...issue.path.slice(0, -1).filter((k) => typeof k === "string")];
  return OPTIONAL_KEYS.get(where.join("."))?.has(key)
    ? `; "${key}" is optional: leave it out rather than write it ${value === "" ? "empty" : "null"}`
    : "";
}

/** An object's key whose value is an object of its own (a citation's `claim`), and that object's keys. */
interface NestedKeys {
  readonly key: string;
  readonly keys: readonly string[];
}

/** The nested objects' keys, by where their parent is (KNOWN_KEYS' places). */
const NESTED_KEYS = new Map<string, NestedKeys>([
  ["events.citations", { key: "claim", keys: keysOf(claimSchema) }],
]);

/**
 * ` (did you mean "color"?)` for an unknown key near one the object takes (`colour`, `Author`), unless the
 * object gives that one too: then the unknown key is something else. A key of a nested object written flat
 * (`claimStart` in a citation) is pointed to its place.
 */
function meantKey(typed: string, known: Iterable<string>, object: unknown, nested?: NestedKeys): string {
  // A nested object's key written flat, as a sheet's column names it ("claimStart", "claim_start"): its place.
  const flat = typed.toLowerCase().replace(/[^a-z]/g, "");
  const inner = nested?.keys.find((key) => `${nested.key}${key}`.toLowerCase() === flat);
  if (inner !== undefined) return ` (did you mean "${nested?.key}": { "${inner}": … }?)`;
  // No key of the format is near a long one (a pasted paragraph): not measured against each.
  const near = typed.length > 40 ? null : nearestId(typed, known);
  const given = typeof object === "object" && object !== null && near !== null && Object.hasOwn(object, near);
  return near === null || given ? "" : ` (did you mean "${near}"?)`;
}

/** The value at a zod issue's path in the item it was found in. */
function valueAtPath(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      typeof at === "object" && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
}

/** Said of what the format does not know (a key, a dataset's field it cannot use): the rest is read. */
const IGNORED = " (ignored)";

const isUnknownKeys = (issue: z.core.$ZodIssue): issue is z.core.$ZodIssueUnrecognizedKeys =>
  issue.code === "unrecognized_keys";

/** `value` without `keys` of the object at `path` in it, copied along the path only. */
function withoutKeys(value: object, path: readonly PropertyKey[], keys: readonly string[]): object {
  const [head, ...rest] = path;
  if (head === undefined) return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
  const inner: unknown = (value as Record<PropertyKey, unknown>)[head];
  if (typeof inner !== "object" || inner === null) return value;
  const without = withoutKeys(inner, rest, keys);
  // Spread and computed keys make own data properties: a "__proto__" key stays data.
  return Array.isArray(value)
    ? value.map((v, i) => (i === head ? without : v))
    : { ...value, [head]: without };
}

/** More advice on an issue that needs what the list's item cannot know alone (the dataset's shows). */
type Suggest = (issue: z.core.$ZodIssue, raw: unknown) => string;

/**
 * `; did you mean "show-a" (Show A)?` for an event's show that is no id, written as a show's title, in other
 * capitals or with spaces for hyphens: the show it names, by its id or title, as the sheet's show column reads
 * one; a citation's source so written, the source it names (sourceSuggestion). Nothing when it names none.
 */
function nameSuggestion(
  shows: readonly { readonly item: Show }[],
  sources: ReadonlyMap<string, Source>,
): Suggest {
  return (issue, raw) => {
    const value = valueAtPath(raw, issue.path);
    if (issue.message !== NOT_AN_ID || typeof value !== "string") return "";
    const where = issue.path.join(".");
    if (/^(citations\.\d+\.)?source$/.test(where)) return sourceSuggestion(value, sources.values());
    if (where !== "show") return "";
    const key = showTitleKey(value);
    const show = shows.find(({ item }) => item.id === slug(value) || showTitleKey(item.title) === key)?.item;
    return show ? `; did you mean "${show.id}" (${printable(show.title)})?` : "";
  };
}

/** At most this many unknown keys are named in one problem; the rest are counted. */
const KEYS_NAMED = 5;

/** Each zod issue as a problem, its kind the field and the message without indices or unknown keys. */
function addIssues(
  problems: ProblemLog,
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  list: string,
  path: string,
  raw: unknown,
  id: string | null = readableId(raw),
  after = "",
  effect: ProblemEffect = "left out",
  suggest?: Suggest,
): void {
  // One problem a field: a season of 1e308 broke both the integer's range and the format's 1000, and was
  // listed twice. Of two of one code (both "too big"), the later, the format's own bound, is kept.
  const byField = new Map<string, z.core.$ZodIssue>();
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? `${byField.size} keys` : issue.path.join("\u0000");
    const first = byField.get(field);
    if (first === undefined || first.code === issue.code) byField.set(field, issue);
  }
  for (const issue of byField.values()) {
    // Without the value it was given (", but is the number 5"): one kind however many values.
    const kind = `${list}[]${issue.path.map((key) => (typeof key === "number" ? "[]" : `.${String(key)}`)).join("")}: ${issue.code === "unrecognized_keys" ? "unknown keys" : issue.message.split(BUT_IS, 1)[0]}`;
    problems.add(
      kind,
      () => {
        if (issue.code !== "unrecognized_keys")
          return {
            id,
            path: joinPath(path, issue.path),
            reason: `${issue.message}${dateSuggestion(issue.path, raw)}${colourSuggestion(issue.path, raw)}${idSuggestion(issue, raw)}${typeSuggestion(issue, raw)}${urlSuggestion(issue, raw)}${emptySuggestion(list, issue, raw)}${suggest?.(issue, raw) ?? ""}${after}`,
          };
        const { keys } = issue;
        const where = [list.replaceAll("[]", ""), ...issue.path.filter((k) => typeof k === "string")];
        const known = KNOWN_KEYS.get(where.join("."));
        const given = valueAtPath(raw, issue.path);
        const named = keys
          .slice(0, KEYS_NAMED)
          .map(
            (k) =>
              `"${printable(k)}"${known ? meantKey(k, known, given, NESTED_KEYS.get(where.join("."))) : ""}`,
          );
        if (keys.length > KEYS_NAMED) named.push(`${(keys.length - KEYS_NAMED).toLocaleString("en")} more`);
        return {
          id,
          path: joinPath(path, keys.length === 1 ? [...issue.path, ...keys] : issue.path),
          reason: `unknown key${keys.length > 1 ? "s" : ""} ${named.join(", ")}${after}`,
        };
      },
      effect,
    );
  }
}

/**
 * For a date that is not EDTF but reads like one ("Sept 2016", "late 2016"), what to write instead
 * (dateAdvice); for a day of publication ("May 11, 2016", "2016/05/11"), the ISO day, when the words give a
 * whole one.
 */
function dateSuggestion(keys: readonly PropertyKey[], raw: unknown): string {
  const last = keys[keys.length - 1];
  if (last !== "start" && last !== "end" && last !== "published") return "";
  const value = valueAtPath(raw, keys);
  if (typeof value !== "string") return "";
  // A character no one sees (pasted with the date): the date looks right, and the reason must say why not.
  const hidden = unsafeCharacter(value);
  if (hidden !== null) return `; it holds ${hidden}, an invisible character: type the date again`;
  if (last !== "published") {
    const advice = dateAdvice(value);
    return advice === null ? "" : `; ${advice}`;
  }
  const suggestion = suggestEdtf(value);
  if (suggestion !== null && /^\d{4}-\d{2}-\d{2}$/.test(suggestion)) return `; try ${suggestion}`;
  // A day the calendar has not, which part; a day with its time (2016-05-11T00:00:00Z), its day, as an
  // event's date gets it (no other advice, a range or a month, is a day of publication).
  const fault = calendarFault(value);
  if (fault !== null) return `; ${fault}`;
  const advice = dateAdvice(value);
  return advice !== null && /^try \d{4}-\d{2}-\d{2}(?: \(|$)/.test(advice) ? `; ${advice}` : "";
}

/**
 * For an item's id typed as words (`"E 1"`): the id it could be, as a sheet's cell is told. Not for an id
 * named elsewhere (an event's show): the id it could be is the named item's, which its own problem gives.
 */
function idSuggestion(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.message !== NOT_AN_ID || issue.path.length !== 1 || issue.path[0] !== "id") return "";
  const value = valueAtPath(raw, issue.path);
  const could = typeof value === "string" ? idCouldBe(value) : null;
  return could === null ? "" : `: ${could}`;
}

/** For a show's colour written short (`#fff`) or without its `#` (`b11313`): the one it means. */
function colourSuggestion(keys: readonly PropertyKey[], raw: unknown): string {
  if (keys[keys.length - 1] !== "color") return "";
  const value = valueAtPath(raw, keys);
  if (typeof value !== "string") return "";
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim())?.[1];
  if (hex === undefined) return "";
  return `; try #${hex.length === 3 ? hex.replace(/./g, "$&$&") : hex}`;
}

/** What a URL the schema refuses meant, as a sheet's cell is told (urlMeant): "a URL has no spaces; …". */
function urlSuggestion(issue: z.core.$ZodIssue, raw: unknown): string {
  const value = issue.message === NOT_A_URL ? valueAtPath(raw, issue.path) : undefined;
  return typeof value === "string" ? urlMeant(value) : "";
}

/**
 * For a value of the right meaning in the wrong form, what to write: a number or `true` in quotes ("2",
 * "true"), a date as a number (2016), a word in capitals or with a space ("Filming", "confirmed "), a
 * relation as a sheet's text ("after:e1").
 */
function typeSuggestion(issue: z.core.$ZodIssue, raw: unknown): string {
  const value = valueAtPath(raw, issue.path);
  if (issue.code === "invalid_type") {
    // Only whole numbers (a season): "2.5" or "0x10" would be told to be written as what is refused too.
    if (issue.expected === "number" && typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value))
      return `; write ${Number(value)}, without quotes`;
    if (issue.expected === "string" && typeof value === "number") {
      // A date given as a number (2016, 20160930): the date it is, in quotes, if it is one.
      const last = issue.path[issue.path.length - 1];
      if (last !== "start" && last !== "end" && last !== "published") return `; write "${value}", in quotes`;
      const date = isEdtf(String(value))
        ? String(value)
        : /^try (\S+)/.exec(dateAdvice(String(value)) ?? "")?.[1];
      // A day of publication is a whole day.
      const fits = date !== undefined && (last !== "published" || /^\d{4}-\d{2}-\d{2}$/.test(date));
      return fits ? `; write "${date}", in quotes` : "";
    }
    const relation =
      typeof value === "string" ? /^\s*(after|before|back-to-back)\s*:\s*(\S+)\s*$/i.exec(value) : null;
    if (issue.expected === "object" && relation)
      return `; write {"type": "${relation[1]?.toLowerCase()}", "event": "${printable(relation[2] ?? "")}"}`;
  }
  if (issue.code === "invalid_value" && typeof value === "string") {
    const word = value.trim().toLowerCase();
    const meant = issue.values.find((v) => String(v) === word);
    if (meant !== undefined && meant !== value)
      return typeof meant === "string" ? `; write "${meant}"` : `; write ${String(meant)}, without quotes`;
  }
  return "";
}

/** Said of a show's colour that is not one: the show stays, drawn in a colour of the chart's own. */
export const COLOUR_IGNORED = " (ignored: the show is drawn in one of the chart's own colours)";

/**
 * A show without its bad colour, reported as kept: the colour is optional, and refusing the show for it would
 * refuse each of its events again, for the same cause. Null when the colour is not the fault, or not the only
 * one: a show left out anyway is not said to be drawn in another colour.
 */
function withoutBadColour(raw: object, path: string, problems: ProblemLog): Repaired | null {
  const { color, ...rest } = raw as { color?: unknown };
  if (color === undefined) return null;
  const parsed = z.pick(showSchema, { color: true }).safeParse({ color });
  if (parsed.success || !showSchema.safeParse(rest).success) return null;
  addIssues(problems, parsed.error, "shows", path, raw, readableId(raw), COLOUR_IGNORED, "kept");
  return { value: rest };
}

/**
 * An event without its bad relations and citations, each reported: a mistyped order ("afterr:x") loses
 * only itself, as an order to an unknown event does, and a bad citation only itself. Null when none is
 * bad: the fault is elsewhere.
 */
function withValidParts(raw: object, path: string, problems: ProblemLog, suggest?: Suggest): Repaired | null {
  const relations = validRelations(raw);
  const citations = withValidCitations(relations?.value ?? raw, path, problems, suggest);
  if (!relations) return citations;
  const value = citations?.value ?? relations.value;
  // Only for an event that stands without them: one refused anyway is told its every fault as it is.
  if (!eventSchema.safeParse(value).success) {
    const { relations: written } = raw as { relations?: unknown };
    return citations && { ...citations, value: { ...citations.value, relations: written } };
  }
  reportRelations(relations, "events[].relations", path, problems, readableId(raw));
  return citations ?? { value };
}

/** An object (an event, a claim) without the relations the schema refuses, which are listed. */
interface ValidRelations {
  readonly value: object;
  readonly refused: readonly (readonly [index: number, error: z.core.$ZodError, relation: unknown])[];
}

/** The relations the schema refuses taken out (the key with the last one); null when there is none. */
function validRelations(raw: object): ValidRelations | null {
  const relations = (raw as { relations?: unknown }).relations;
  if (!Array.isArray(relations)) return null;
  const refused: [number, z.core.$ZodError, unknown][] = [];
  const kept = relations.filter((relation: unknown, r) => {
    const parsed = relationSchema.safeParse(relation);
    if (!parsed.success) refused.push([r, parsed.error, relation]);
    return parsed.success;
  });
  if (refused.length === 0) return null;
  const value: Record<string, unknown> = { ...raw };
  delete value["relations"];
  return { value: kept.length === 0 ? value : { ...value, relations: kept }, refused };
}

function reportRelations(
  { refused }: ValidRelations,
  list: string,
  path: string,
  problems: ProblemLog,
  id: string | null,
): void {
  for (const [r, error, relation] of refused) {
    addIssues(problems, error, list, `${path}.relations[${r}]`, relation, id, RELATION_LEFT_OUT);
  }
}

/**
 * An event without its bad citations, each reported, and the indexes of the good ones in the file (for
 * paths). A citation whose only fault is a bad relation in its claim stays without it. Null when every
 * citation is good: the fault is elsewhere.
 */
function withValidCitations(
  raw: object,
  path: string,
  problems: ProblemLog,
  suggest?: Suggest,
): Repaired | null {
  const citations = (raw as { citations?: unknown }).citations;
  if (!Array.isArray(citations)) return null;
  const id = readableId(raw);
  const kept: number[] = [];
  const values: unknown[] = [];
  const refused: [number, z.core.$ZodError][] = [];
  let repaired = false;
  citations.forEach((citation: unknown, c) => {
    const parsed = citationSchema.safeParse(citation);
    if (parsed.success) {
      kept.push(c);
      values.push(citation);
      return;
    }
    const claim: unknown = (citation as { claim?: unknown } | null)?.claim;
    const relations = typeof claim === "object" && claim !== null ? validRelations(claim) : null;
    const value = relations && { ...(citation as object), claim: relations.value };
    if (relations && citationSchema.safeParse(value).success) {
      reportRelations(
        relations,
        "events[].citations[].claim.relations",
        `${path}.citations[${c}].claim`,
        problems,
        id,
      );
      kept.push(c);
      values.push(value);
      repaired = true;
    } else refused.push([c, parsed.error]);
  });
  if (refused.length === 0 && !repaired) return null;
  const after = kept.length === 0 ? EVENT_LEFT_OUT : CITATION_LEFT_OUT;
  for (const [c, error] of refused) {
    // The event's advice, read at the citation: its source's path is "source" there.
    addIssues(
      problems,
      error,
      "events[].citations",
      `${path}.citations[${c}]`,
      citations[c],
      id,
      after,
      undefined,
      suggest,
    );
  }
  return { value: { ...raw, citations: values }, kept };
}

/**
 * A page cannot report what had not happened yet, beyond announcing it a few weeks ahead; and a claim's
 * end belongs to windows only, after the claim's start. Such citations are left out, each reported; null when
 * none is left (nothing unsourced is drawn).
 */
function withoutImpossibleOutcomes(
  entry: Kept<TimelineEvent>,
  sources: ReadonlyMap<string, Source>,
  problems: ProblemLog,
): TimelineEvent | null {
  const { item: event, kept: originalIndex } = entry;
  // Most citations make no claim and report no outcome: nothing to look at, nothing to copy.
  if (event.citations.every(claimsNothing)) return event;
  const faults = event.citations.map((citation) => citationFault(event, citation, sources));
  const after = faults.includes(null) ? CITATION_LEFT_OUT : EVENT_LEFT_OUT;
  const citations = event.citations.filter((citation, c) => {
    const fault = faults[c] ?? null;
    if (fault === null) return true;
    const where = `${entry.path}.citations[${originalIndex?.[c] ?? c}]`;
    const { claim } = citation;
    if (fault === "end of a single date") {
      problems.add("events[].citations[].claim.end: not a window", () => ({
        id: event.id,
        path: `${where}.claim.end`,
        reason: `${singleDate(event.kind)}: only filming and production have an end${after}`,
      }));
      return false;
    }
    if (fault === "end before start") {
      problems.add("events[].citations[].claim.end: before its start", () => ({
        id: event.id,
        path: `${where}.claim.end`,
        reason: `the claim ends (${claim?.end}) before it starts (${claim?.start})${after}`,
      }));
      return false;
    }
    const published = sources.get(citation.source)?.published;
    const reported = claim?.end ?? claim?.start;
    problems.add("events[].citations[].claim: outcome after its page", () => ({
      id: event.id,
      path: `${where}.claim.${claim?.end != null ? "end" : "start"}`,
      reason:
        `an outcome dated ${reported} cannot be reported by a page published ${published}: ` +
        `a page may announce an outcome at most ${ANNOUNCEMENT_DAYS} days ahead${after}`,
    }));
    return false;
  });
  if (citations.length === 0) return null;
  if (citations.length === event.citations.length) return event;
  return { ...event, citations };
}

function joinPath(base: string, keys: readonly PropertyKey[]): string {
  return keys.reduce<string>(
    (path, key) =>
      typeof key === "number"
        ? `${path}[${key}]`
        : path
          ? `${path}.${printable(String(key))}`
          : printable(String(key)),
    base,
  );
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, "id")) return null;
  const { id } = raw as { id: unknown };
  return typeof id === "string" ? printable(id) : null;
}
