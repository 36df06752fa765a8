// @vitest-environment node
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastDataset } from "../../src/data/fastDataset.ts";
import { fastShow } from "../../src/data/fastShow.ts";
import { fastSource } from "../../src/data/fastSource.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { showSchema, sourceSchema } from "../../src/data/schema.ts";
import { prepareDatasetText } from "../../src/model/prepareDataset.ts";
import { datasetJson as benchDatasetJson } from "../../scripts/bench/generate.mjs";
import { datasetJson } from "./fuzz/datasetArbitrary.ts";
import { laterThanToday } from "../../src/data/laterThanToday.ts";
import { fuzzRuns } from "./fuzz/runs.ts";
import { agreesWithSchema } from "./agreesWithSchema.ts";

const root = resolve(import.meta.dirname, "../..");
/** About when fastSource's module was evaluated, just before this file's body: its "today". */
const LOADED = Date.now();

/** Text the schema trims, refuses or keeps: padding, invisibles, limits. */
const someText = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("Screen Rant", "Deadline", "Marvel's Daredevil") },
  fc.constantFrom("Screen Rant", "  Deadline ", "", "   ", "a\u202Eb", "\u200B", "❤\uFE0F", "“Q”", "\t"),
  fc.constantFrom(199, 200, 201, 499, 500, 501).map((n) => "x".repeat(n)),
);
/** Days at and around every month's end, leap years (1900, 2000, 2016, 0000) and other shapes. */
const day = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("2016-05-11", "2015-12-31", "2016-02-29") },
  fc
    .tuple(
      fc.constantFrom("0000", "1900", "2000", "2015", "2016", "9999"),
      fc.constantFrom("00", "01", "02", "04", "09", "11", "12", "13"),
      fc.constantFrom("00", "01", "28", "29", "30", "31", "32"),
    )
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.constantFrom("2016-5-11", "2016-05", "20160511", " 2016-05-11", "2016-05-11T00:00", "２０１６-05-11"),
);
const url = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "https://example.com/a",
      "http://deadline.com/2016/x?y=1#z",
      "HTTPS://EXAMPLE.COM/",
    ),
  },
  fc.constantFrom(
    "https://www.screenrant.com@127.0.0.1/",
    "https://@host/",
    "javascript:alert(1)",
    "https://exa mple.com/",
    "https://example.com/\u202E",
    "https://",
    `https://example.com/${"x".repeat(1990)}`,
  ),
  fc.webUrl(),
);
const wrong = fc.constantFrom(null, undefined, 0, 1, true, [], {}, "nope", "__proto__");
const id = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("src-1", "daredevil", "a", "luke-cage-1") },
  { weight: 1, arbitrary: fc.constantFrom("", "A", "a--b", "a b", "x".repeat(121)) },
);

/** An object with some keys left out, one maybe set to anything, one maybe unknown, keys maybe reordered. */
function broken(
  record: fc.Arbitrary<Record<string, unknown>>,
  keys: readonly string[],
): fc.Arbitrary<unknown> {
  return fc
    .tuple(record, fc.option(fc.tuple(fc.constantFrom(...keys, "extra"), wrong), { freq: 3 }), fc.boolean())
    .map(([item, set, reversed]) => {
      const copy: Record<string, unknown> = { ...item };
      if (set) Object.defineProperty(copy, set[0], { value: set[1], enumerable: true, writable: true });
      return reversed ? Object.fromEntries(Object.entries(copy).reverse()) : copy;
    });
}

const show = broken(
  fc.record(
    {
      id,
      title: someText,
      color: fc.constantFrom("#1f77b4", "#ABCDEF", "#abc", "1f77b4", "#1f77b4 ", undefined),
    },
    { requiredKeys: ["id", "title"] },
  ),
  ["id", "title", "color"],
);
const source = broken(
  fc.record(
    {
      id,
      title: someText,
      publisher: someText,
      author: fc.oneof(someText, fc.constant(null)),
      published: fc.oneof(day, fc.constant(null)),
      // A page that prints no date: the days it lies within, around 2016-05-11 and not.
      publishedWithin: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        fc.constantFrom("2016-05-10/2016-05-13", "2016-05-11/2016-05-11", "2016-05-12/2016-05-13"),
        fc.tuple(day, day).map(([from, to]) => `${from}/${to}`),
        fc.constantFrom(
          "2016-05-13/2016-05-10",
          "2016-05-10–2016-05-13",
          "2016-05-10/",
          "2016-02-30/2016-05-11",
        ),
      ),
      url,
      evidence: fc.constantFrom("wiki", "article", undefined),
    },
    { requiredKeys: ["id", "title", "publisher", "published", "url"] },
  ),
  ["id", "title", "publisher", "author", "published", "publishedWithin", "url", "evidence"],
);

/**
 * sourceSchema, refusing too what parseDataset() warns of: a day of publication after today (year 9999). The
 * hot path leaves both to the validator to word.
 */
const sourceWarnings = {
  safeParse: (raw: unknown) => {
    const parsed = sourceSchema.safeParse(raw);
    const later = parsed.success && (parsed.data.published ?? "") > laterThanToday();
    return later ? { success: false } : parsed;
  },
};

describe("fastShow() and fastSource(), the hot path's checks, against the schema (fast-check)", () => {
  for (const [name, fast, schema, items] of [
    ["fastShow()", fastShow, showSchema, show],
    ["fastSource()", fastSource, sourceWarnings, source],
  ] as const) {
    it(`${name} accepts exactly what the schema accepts (and no source dated after today), with the value zod gives`, () => {
      const seen = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(items, (raw) => {
          seen[agreesWithSchema(fast, schema, raw)] += 1;
        }),
        fuzzRuns(4_000),
      );
      // Neither side may be starved, or the property proves little.
      expect(seen.accepted).toBeGreaterThan(300);
      expect(seen.refused).toBeGreaterThan(300);
    }, 120_000);
  }

  it("fastSource() leaves a day of publication after today to the validator, as parseDataset() makes it", () => {
    const base = { id: "s", title: "T", publisher: "P", url: "https://example.com/" };
    const accepted = (published: string) => fastSource({ ...base, published }) !== null;
    const day = (days: number) => new Date(LOADED + days * 864e5).toISOString().slice(0, 10);
    expect([day(-1), day(0), day(1), day(2), "9999-12-31"].map(accepted)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("fastSource() knows the calendar as z.iso.date() does: leap days, 30-day months, year 0000", () => {
    const base = { id: "s", title: "T", publisher: "P", url: "https://example.com/" };
    const accepted = (published: string) => fastSource({ ...base, published }) !== null;
    expect(["2016-02-29", "2000-02-29", "0000-02-29", "2016-04-30", "2016-12-31"].map(accepted)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["1900-02-29", "2015-02-29", "2016-04-31", "2016-13-01", "2016-00-10"].map(accepted)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

/**
 * Some citations of a fuzzed dataset turned into claims and outcomes (some dated after their page), and
 * maybe a relation that points nowhere.
 */
const withClaims = fc
  .tuple(
    datasetJson,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom("2016-05", "2016-07-01", "2019", "2016-05-11/2016-06"),
        fc.boolean(),
        fc.boolean(),
      ),
      { maxLength: 3 },
    ),
    // A relation to another event, to itself, or to one the file does not have: the event's own, or a claim's.
    fc.option(fc.tuple(fc.nat(), fc.constantFrom("other", "self", "missing", "twice"), fc.boolean()), {
      freq: 3,
    }),
  )
  .map(([json, claims, relation]) => {
    const events = (json as { events?: unknown }).events;
    if (!Array.isArray(events) || events.length === 0) return json;
    for (const [at, date, outcome, asEnd] of claims) {
      const event = events[at % events.length] as { citations?: unknown } | null;
      const citation = Array.isArray(event?.citations)
        ? (event.citations[0] as Record<string, unknown> | undefined)
        : undefined;
      if (typeof citation !== "object" || citation === null) continue;
      citation["claim"] = asEnd ? { end: date } : { start: date };
      if (outcome) citation["outcome"] = true;
    }
    const event = relation ? (events[relation[0] % events.length] as Record<string, unknown>) : null;
    if (relation && typeof event === "object" && event !== null) {
      const target = { other: "e-0", self: event["id"], missing: "e-404", twice: "e-0" }[relation[1]];
      // "twice": the same order given again, which the validator leaves out as a repeat.
      const relations = Array.from({ length: relation[1] === "twice" ? 2 : 1 }, () => ({
        type: "after",
        event: target,
      }));
      const citation = Array.isArray(event["citations"])
        ? (event["citations"][0] as Record<string, unknown> | undefined)
        : undefined;
      if (relation[2] && typeof citation === "object" && citation !== null) {
        const claim =
          typeof citation["claim"] === "object" && citation["claim"] !== null ? citation["claim"] : {};
        citation["claim"] = { ...claim, relations };
      } else event["relations"] = relations;
    }
    return json;
  });

describe("fastDataset(): a file with no problem, checked without zod", () => {
  it("gives exactly what parseDataset() gives when it finds no problem, and null whenever it finds one", () => {
    const seen = { fast: 0, schema: 0 };
    fc.assert(
      fc.property(fc.oneof(datasetJson, withClaims), (json) => {
        const quick = fastDataset(structuredClone(json));
        let full: ReturnType<typeof parseDataset> | null;
        try {
          full = parseDataset(structuredClone(json));
        } catch {
          full = null;
        }
        const clean = full !== null && full.problems.length === 0 && full.omitted.length === 0;
        expect(quick !== null).toBe(clean);
        if (quick === null) {
          seen.schema += 1;
          return;
        }
        seen.fast += 1;
        expect(quick).toStrictEqual(full);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
      }),
      fuzzRuns(2_000),
    );
    expect(seen.fast).toBeGreaterThan(200);
    expect(seen.schema).toBeGreaterThan(200);
  }, 120_000);

  it("takes the bundled dataset and the benchmark's datasets whole", () => {
    const bundled = JSON.parse(readFileSync(resolve(root, "public/data/timeline.json"), "utf8")) as unknown;
    expect(fastDataset(bundled)).toStrictEqual(parseDataset(bundled));
    for (const rowsPer of ["sqrt", 50] as const) {
      const bench = JSON.parse(benchDatasetJson(2_000, 1, rowsPer)) as unknown;
      expect(fastDataset(bench)?.dataset.events).toHaveLength(2_000);
    }
  });

  it("keeps the file's own lists when every item stands as the schema gives it, and copies one that changes", () => {
    const json = JSON.parse(benchDatasetJson(300, 1, 50)) as { events: { id: string; label: string }[] };
    const kept = fastDataset(json);
    expect(kept?.dataset.events).toBe(json.events);
    // One label the schema trims: the list is a copy, every other event in it the file's own.
    const padded = json.events[100]!;
    padded.label = `  ${padded.label} `;
    const copied = fastDataset(json)?.dataset.events;
    expect(copied).not.toBe(json.events);
    expect(copied).toHaveLength(300);
    expect(copied?.[99]).toBe(json.events[99]);
    expect(copied?.[100]?.label).toBe(padded.label.trim());
    expect(copied?.[101]).toBe(json.events[101]);
  });

  it("leaves a file with a repeated id to the schema, wherever the repeat stands", () => {
    for (const at of [1, 150, 299]) {
      const json = JSON.parse(benchDatasetJson(300, 1, 50)) as { events: { id: string }[] };
      json.events[at]!.id = json.events[at - 1]!.id;
      expect(fastDataset(json)).toBeNull();
    }
  });

  it("leaves a file with a year far from its sources' to the schema, which says so, the event kept", () => {
    for (const [start, end] of [
      ["2106-05", undefined],
      ["2016-05", "2106-06"],
      ["../2106", undefined],
    ] as const) {
      const json = JSON.parse(benchDatasetJson(300, 1, 50)) as {
        events: { id: string; kind: string; start?: string; end?: string }[];
      };
      const at = json.events[150]!;
      Object.assign(at, { kind: "filming", start }, end === undefined ? {} : { end });
      if (end === undefined) delete at.end;
      expect(fastDataset(json), start).toBeNull();
      const full = parseDataset(json);
      expect(full.dataset.events).toHaveLength(300);
      expect(full.problems.map((p) => [p.path, p.effect])).toEqual([
        [`events[150].${end === undefined ? "start" : "end"}`, "kept"],
      ]);
      expect(full.problems[0]?.reason).toMatch(
        / years (after the newest|before the oldest) source's publication/,
      );
    }
  });

  it("leaves a file with a problem to the schema, which names the problem", async () => {
    const bundled = JSON.parse(readFileSync(resolve(root, "public/data/timeline.json"), "utf8")) as {
      events: { show: string }[];
    };
    const first = bundled.events[0];
    if (first) first.show = "dardevil";
    expect(fastDataset(bundled)).toBeNull();
    const prepared = await prepareDatasetText(JSON.stringify(bundled));
    expect(prepared.problems[0]?.reason).toBe('unknown show "dardevil"; did you mean "daredevil"?');
  });
});
