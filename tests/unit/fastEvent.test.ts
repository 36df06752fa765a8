// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastEvent } from "../../src/data/fastEvent.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { eventSchema } from "../../src/data/schema.ts";
import { datasetJson } from "./fuzz/datasetArbitrary.ts";
import { edtfText } from "./fuzz/edtfArbitrary.ts";
import { fuzzRuns } from "./fuzz/runs.ts";
import { agreesWithSchema } from "./agreesWithSchema.ts";

/** Unicode that has broken text before (as the dataset fuzzer's), and padding that the schema trims. */
const ODD = ["\u202E", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u3164", "\uD800", "\u0000", "\n", "\t", " "];
const oddText = fc
  .array(fc.oneof(fc.constantFrom(...ODD), fc.constantFrom("a", "é", "❤\uFE0F", "مرحبا")), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(""));
/** Lengths at and around each limit: ids 120, labels 300, notes 2000, quotes 5000. */
const longText = fc
  .tuple(fc.constantFrom(119, 120, 121, 299, 300, 301, 1999, 2000, 2001, 4999, 5000, 5001), fc.boolean())
  .map(([n, padded]) => (padded ? ` ${"x".repeat(n)} ` : "x".repeat(n)));
const goodText = fc.constantFrom(
  "Filming",
  "  Season 2 release ",
  "“Quoted,” she said",
  "a\tb\nc",
  "❤\uFE0F",
);
const id = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom("e-1", "show-0", "src-2", "a", "luke-cage-1-release") },
  { weight: 1, arbitrary: fc.constantFrom("", "A", "a--b", "-a", "a-", "a b", "a_b", "é") },
  { weight: 1, arbitrary: fc.constantFrom(119, 120, 121).map((n) => "a".repeat(n)) },
);
const date = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("2016-05-11", "2016-05", "2017~", "2016-10/2016-12", "2015-23") },
  { weight: 2, arbitrary: edtfText },
  { weight: 1, arbitrary: fc.constantFrom("2015-02-29", "May 2016", "../..", "", " 2016") },
);
/** Anything at all, for a field: wrong types, broken and long text, dates, numbers, containers. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1, 1.5, 1000, 1001, true, false, "", [], {}, "__proto__"),
  oddText,
  longText,
  date,
  id,
  fc.constantFrom("filming", "release", "sure", "confirmed", "after", "sideways"),
);

const relation = fc.record({ type: fc.constantFrom("after", "before", "back-to-back"), event: id });
const claim = fc.record(
  {
    start: fc.oneof(date, fc.constant(null)),
    end: fc.oneof(date, fc.constant(null)),
    certainty: fc.constantFrom("confirmed", "reported", "speculative"),
    relations: fc.array(relation, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const citation = fc.record(
  {
    source: id,
    quote: goodText,
    claim,
    outcome: fc.constantFrom(true, undefined),
    note: goodText,
  },
  { requiredKeys: ["source", "quote"] },
);
/** Events that the schema mostly accepts: every field in range, optional ones sometimes left out. */
const event = fc.record(
  {
    id,
    show: id,
    season: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 1, 1000, 1001, 2.5, -1, "2") },
    ),
    kind: fc.constantFrom("filming", "production", "release", "announcement"),
    label: goodText,
    start: fc.oneof(date, fc.constant(null)),
    end: fc.oneof(date, fc.constant(null)),
    certainty: fc.constantFrom("confirmed", "reported", "speculative"),
    relations: fc.array(relation, { maxLength: 3 }),
    citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
    note: goodText,
  },
  { requiredKeys: ["id", "show", "kind", "label", "certainty", "citations"] },
);

/** A path into an event: a field, or a field of a citation, claim or relation. */
const where = fc.constantFrom(
  [],
  ["citations", 0],
  ["citations", 0, "claim"],
  ["relations", 0],
  ["citations", 0, "claim", "relations", 0],
);
const key = fc.constantFrom(
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
  "source",
  "quote",
  "claim",
  "outcome",
  "type",
  "event",
  "extra",
  "__proto__",
  "constructor",
);
type Change =
  | {
      readonly op: "set";
      readonly at: readonly (string | number)[];
      readonly key: string;
      readonly value: unknown;
    }
  | { readonly op: "drop"; readonly at: readonly (string | number)[]; readonly key: string }
  | { readonly op: "grow"; readonly at: "citations" | "relations"; readonly to: number };
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), at: where, key, value: anything }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("drop" as const), at: where, key }) },
  // Not from JSON, but zod keeps an optional key whose value is undefined: so must the fast check.
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("set" as const), at: where, key, value: fc.constant(undefined) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("grow" as const),
      at: fc.constantFrom("citations" as const, "relations" as const),
      to: fc.constantFrom(0, 99, 100, 101),
    }),
  },
);

function apply(target: Record<string, unknown>, c: Change): void {
  if (c.op === "grow") {
    const list = target[c.at];
    if (Array.isArray(list) && list.length > 0) target[c.at] = Array.from({ length: c.to }, () => list[0]);
    else if (c.to === 0) target[c.at] = [];
    return;
  }
  let at: unknown = target;
  for (const step of c.at) at = typeof at === "object" && at !== null ? (at as never)[step] : undefined;
  if (typeof at !== "object" || at === null) return;
  // As JSON.parse makes it: an own key, even "__proto__".
  if (c.op === "set")
    Object.defineProperty(at, c.key, {
      value: c.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else Reflect.deleteProperty(at, c.key);
}

/** A valid-looking event with 0–3 changes: wrong types, missing and extra keys, bad dates, long or odd text. */
const changes = fc.oneof(fc.constant([]), fc.array(change, { minLength: 1, maxLength: 3 }));
const rawEvent = fc.tuple(event, changes).map(([e, changes]) => {
  const copy = structuredClone(e) as Record<string, unknown>;
  for (const c of changes) apply(copy, c);
  return copy;
});

/** Holds fastEvent() to eventSchema for one raw event; says which way it went. */
const agree = (raw: unknown) => agreesWithSchema(fastEvent, eventSchema, raw);

describe("fastEvent(), the hot path's check, against the schema (fast-check; the seed is printed on failure)", () => {
  it("accepts exactly the events the schema accepts, with the value zod gives, and refuses the rest", () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(rawEvent, (raw) => {
        seen[agree(raw)] += 1;
      }),
      fuzzRuns(5_000),
    );
    // Neither side may be starved, or the property proves little.
    expect(seen.accepted).toBeGreaterThan(800);
    expect(seen.refused).toBeGreaterThan(800);
  }, 120_000);

  it("agrees on every event of the dataset fuzzer's valid and mutated datasets", () => {
    fc.assert(
      fc.property(datasetJson, (json) => {
        const events = (json as { events?: unknown }).events;
        if (Array.isArray(events)) for (const raw of events) agree(raw);
      }),
      fuzzRuns(1_000),
    );
  }, 120_000);

  it("parseDataset() gives the same dataset, problems and counts with the fast check as with the schema alone", () => {
    fc.assert(
      fc.property(datasetJson, (json) => {
        const run = (fastPath: boolean) => {
          try {
            return parseDataset(structuredClone(json), { fastPath });
          } catch (error) {
            return String(error);
          }
        };
        expect(run(true)).toStrictEqual(run(false));
      }),
      fuzzRuns(1_000),
    );
  }, 120_000);
});

describe("fastEvent() on an event as a file holds it", () => {
  const plain = () => ({
    id: "e-1",
    show: "daredevil",
    season: 2,
    kind: "filming",
    label: "Season 2 filming",
    start: "2016-05-11",
    end: "2016-10~",
    certainty: "reported",
    citations: [{ source: "src-1", quote: "Filming wrapped." }],
  });

  it("gives back the event itself when the schema would change nothing: no copy at 100k events", () => {
    const raw = plain();
    expect(fastEvent(raw)).toBe(raw);
    expect(eventSchema.parse(raw)).toStrictEqual(raw);
  });

  it("gives a copy, as zod does, of an event whose text needs trimming or whose keys are out of order", () => {
    const padded = { ...plain(), label: " Season 2 filming " };
    expect(fastEvent(padded)).not.toBe(padded);
    expect(fastEvent(padded)).toStrictEqual(eventSchema.parse(padded));
    const { id, ...rest } = plain();
    const shuffled = { ...rest, id };
    expect(fastEvent(shuffled)).not.toBe(shuffled);
    expect(JSON.stringify(fastEvent(shuffled))).toBe(JSON.stringify(eventSchema.parse(shuffled)));
  });
});
