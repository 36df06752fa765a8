import { isDrawableEdtf } from "../dates/isDrawableEdtf.ts";
import type { Citation, Claim, TimelineEvent } from "./schema.ts";
import {
  ASK,
  isId,
  isOneOf,
  keyOrder,
  optional,
  plainFields,
  reuse,
  reuseList,
  text,
  wasInOrder,
  type Fields,
  type Mutable,
} from "./fastFields.ts";
import { CERTAINTIES, EVENT_KINDS, RELATION_TYPES } from "./vocabulary.ts";

/*
 * The hot path's check of one event: what eventSchema (schema.ts) does, written out by hand, about ten times
 * cheaper than zod run jitless as the page's CSP requires. The schema stays the definition: this only says
 * yes to what the schema says yes to, giving the value zod would (keys in the schema's order, text
 * trimmed), and says "ask zod" (null) to anything else, so that every problem, path and message comes from
 * zod as before. A property test holds the two to each other over valid and broken events.
 */

const EVENT_KEYS = keyOrder([
  "id",
  "show",
  "season",
  "kind",
  "label",
  "start",
  "end",
  "certainty",
  "relations",
  "citations",
  "note",
]);
const CITATION_KEYS = keyOrder(["source", "quote", "claim", "outcome", "note"]);
const CLAIM_KEYS = keyOrder(["start", "end", "certainty", "relations"]);
const RELATION_KEYS = keyOrder(["type", "event"]);

const isDate = (value: unknown): value is string => typeof value === "string" && isDrawableEdtf(value);

type Relations = NonNullable<TimelineEvent["relations"]>;

function relations(value: unknown): Relations | null {
  if (!Array.isArray(value) || value.length > 100) return ASK;
  const out: Relations[number][] = [];
  for (const item of value as unknown[]) {
    const fields = plainFields(item, RELATION_KEYS);
    if (fields === null || !isOneOf(RELATION_TYPES, fields["type"]) || !isId(fields["event"])) return ASK;
    out.push(reuse(fields, wasInOrder(), { type: fields["type"], event: fields["event"] }));
  }
  return reuseList(value as unknown[], out);
}

/** Copies a start and an end that are given (null or a date), as zod keeps them; false when one is neither. */
function copyDates(
  fields: Readonly<Record<string, unknown>>,
  out: { start?: unknown; end?: unknown },
): boolean {
  for (const key of ["start", "end"] as const) {
    if (!(key in fields)) continue;
    const value = fields[key];
    if (value != null && !isDate(value)) return false;
    out[key] = value;
  }
  return true;
}

function claim(value: unknown): Claim | null {
  const fields = plainFields(value, CLAIM_KEYS);
  if (fields === null) return ASK;
  const ordered = wasInOrder();
  const out: Mutable<Claim> = {};
  const { certainty } = fields;
  if (!copyDates(fields, out)) return ASK;
  if ("certainty" in fields) {
    if (certainty !== undefined && !isOneOf(CERTAINTIES, certainty)) return ASK;
    out.certainty = certainty;
  }
  if ("relations" in fields) {
    const list = optional(fields["relations"], relations);
    if (list === null) return ASK;
    out.relations = list;
  }
  return reuse(fields, ordered, out);
}

function citation(value: unknown): Citation | null {
  const fields = plainFields(value, CITATION_KEYS);
  if (fields === null) return ASK;
  const ordered = wasInOrder();
  const { source, outcome } = fields;
  const quote = text(fields["quote"], 5000);
  if (!isId(source) || quote === null) return ASK;
  const out: Mutable<Citation> = { source, quote };
  if ("claim" in fields) {
    const said = optional(fields["claim"], claim);
    if (said === null) return ASK;
    out.claim = said;
  }
  if ("outcome" in fields) {
    if (outcome !== true && outcome !== undefined) return ASK;
    // An outcome needs the date it reports.
    if (outcome === true && out.claim?.start == null && out.claim?.end == null) return ASK;
    out.outcome = outcome;
  }
  if ("note" in fields) {
    const note = optional(fields["note"], (value) => text(value, 2000));
    if (note === null) return ASK;
    out.note = note;
  }
  return reuse(fields, ordered, out);
}

/** Text the schema keeps as it is: nothing to trim, within its length, nothing unsafe. */
const isKeptText = (value: unknown, max: number): boolean =>
  typeof value === "string" && text(value, max) === value;

/** An optional date field as the schema keeps it: absent, null or a drawable date. */
const isKeptDate = (fields: Fields, key: "start" | "end"): boolean => {
  const value = fields[key];
  return value == null || isDate(value);
};

/**
 * Whether the schema would give back this citation itself: keys in its order, nothing to trim, and none
 * of the parts (claim, outcome) that the full check below copies. Builds nothing.
 */
function isPlainCitation(value: unknown): boolean {
  const fields = plainFields(value, CITATION_KEYS);
  if (fields === null || !wasInOrder() || "claim" in fields || "outcome" in fields) return false;
  if (!isId(fields["source"]) || !isKeptText(fields["quote"], 5000)) return false;
  return !("note" in fields) || fields["note"] === undefined || isKeptText(fields["note"], 2000);
}

/**
 * Whether the schema would give back this event itself, checked without building its copy: most events of a
 * large file (keys in the schema's order, nothing to trim, no relations or claims). At 100k events the
 * copies that reuse() then threw away cost more in allocation than the checks.
 */
function isPlainEvent(raw: unknown): raw is TimelineEvent {
  const fields = plainFields(raw, EVENT_KEYS);
  if (fields === null || !wasInOrder() || "relations" in fields) return false;
  const { season } = fields;
  if (!isId(fields["id"]) || !isId(fields["show"]) || !isOneOf(EVENT_KINDS, fields["kind"])) return false;
  if (!isKeptText(fields["label"], 300) || !isOneOf(CERTAINTIES, fields["certainty"])) return false;
  if (
    season !== undefined &&
    !(typeof season === "number" && Number.isInteger(season) && season >= 1 && season <= 1000)
  )
    return false;
  if (!isKeptDate(fields, "start") || !isKeptDate(fields, "end")) return false;
  if ("note" in fields && fields["note"] !== undefined && !isKeptText(fields["note"], 2000)) return false;
  const list = fields["citations"];
  if (!Array.isArray(list) || list.length < 1 || list.length > 100) return false;
  for (let i = 0; i < list.length; i++) if (!isPlainCitation(list[i])) return false;
  return true;
}

/** The event as eventSchema.parse() would give it, or null when the schema may refuse it. */
export function fastEvent(raw: unknown): TimelineEvent | null {
  if (isPlainEvent(raw)) return raw;
  const fields = plainFields(raw, EVENT_KEYS);
  if (fields === null) return ASK;
  const ordered = wasInOrder();
  const { id, show, season, kind, certainty } = fields;
  const label = text(fields["label"], 300);
  if (!isId(id) || !isId(show) || !isOneOf(EVENT_KINDS, kind) || label === null) return ASK;
  if (!isOneOf(CERTAINTIES, certainty)) return ASK;
  const list = fields["citations"];
  if (!Array.isArray(list) || list.length < 1 || list.length > 100) return ASK;
  const citations: Citation[] = [];
  for (const item of list as unknown[]) {
    const checked = citation(item);
    if (checked === null) return ASK;
    citations.push(checked);
  }
  // Built in the schema's key order, as zod builds it.
  const out: Mutable<TimelineEvent> = { id, show } as Mutable<TimelineEvent>;
  if ("season" in fields) {
    const isSeason = typeof season === "number" && Number.isInteger(season) && season >= 1 && season <= 1000;
    if (season !== undefined && !isSeason) return ASK;
    out.season = season;
  }
  out.kind = kind;
  out.label = label;
  if (!copyDates(fields, out)) return ASK;
  out.certainty = certainty;
  if ("relations" in fields) {
    const checked = optional(fields["relations"], relations);
    if (checked === null) return ASK;
    out.relations = checked;
  }
  out.citations = reuseList(list as unknown[], citations);
  if ("note" in fields) {
    const note = optional(fields["note"], (value) => text(value, 2000));
    if (note === null) return ASK;
    out.note = note;
  }
  return reuse(fields, ordered, out);
}
