import fc from "fast-check";
import { CERTAINTIES, EVENT_KINDS, RELATION_TYPES } from "../../../src/data/vocabulary.ts";
import { edtfText } from "./edtfArbitrary.ts";

/** Unicode that has broken text before: bidi controls, invisibles, joiners, emoji, RTL, lone surrogates. */
const UNICODE = [
  "\u202E",
  "\u2066",
  "\u200B",
  "\u200D",
  "\u200C",
  "\uFEFF",
  "\u00AD",
  "\u3164",
  "\u180E",
  "\u2062",
  "\u{E0041}",
  "\uFE0F",
  "❤\uFE0F",
  "👩\u200D💻",
  "مرحبا",
  "\uD800",
  "\u0000",
  "\n",
  "\t",
  "<script>alert(1)</script>",
  "=1+1",
  ";",
  '"',
];

const text = fc.constantFrom("Filming", "Season 2 release", "Screen Rant", "“Quoted,” she said; =fine");
const goodDate = fc.constantFrom("2016-05", "2016-36", "2017~", "2016-10/2016-12", "[2016..2018]", "2015-23");

/** A valid dataset: every reference resolves; dates come from the EDTF fuzzer a third of the time. */
const validDataset = fc
  .record({
    shows: fc.integer({ min: 1, max: 3 }),
    sources: fc.integer({ min: 1, max: 3 }),
    events: fc.array(
      fc.record({
        show: fc.nat(),
        kind: fc.constantFrom(...EVENT_KINDS),
        label: text,
        // The fuzzer's dates are far from the sources' (a warning) as often as not: goodDate keeps most clean.
        start: fc.oneof({ weight: 5, arbitrary: goodDate }, edtfText, fc.constant(null)),
        end: fc.oneof(
          { weight: 4, arbitrary: fc.constant(undefined) },
          fc.constantFrom("2017-03", "2017/.."),
          edtfText,
        ),
        certainty: fc.constantFrom(...CERTAINTIES),
        season: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        relations: fc.array(fc.record({ type: fc.constantFrom(...RELATION_TYPES), to: fc.nat() }), {
          maxLength: 2,
        }),
        cites: fc.array(fc.record({ source: fc.nat(), quote: text }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 15 },
    ),
  })
  .map(({ shows, sources, events }) => ({
    shows: Array.from({ length: shows }, (_, i) => ({ id: `show-${i}`, title: `Show ${i}` })),
    sources: Array.from({ length: sources }, (_, i) => ({
      id: `src-${i}`,
      title: `Article ${i}`,
      publisher: "Screen Rant",
      author: null,
      published: "2016-05-11",
      url: `https://example.com/${i}`,
    })),
    events: events.map((e, i) => {
      const isWindow = e.kind === "filming" || e.kind === "production";
      return {
        id: `e-${i}`,
        show: `show-${e.show % shows}`,
        kind: e.kind,
        label: e.label,
        ...(e.season === undefined ? {} : { season: e.season }),
        start: e.start,
        ...(isWindow && e.start !== null && e.end !== undefined ? { end: e.end } : {}),
        certainty: e.certainty,
        relations: e.relations
          .map(({ type, to }) => ({ type, event: `e-${to % events.length}` }))
          .filter((r) => r.event !== `e-${i}`),
        citations: e.cites.map(({ source, quote }) => ({ source: `src-${source % sources}`, quote })),
      };
    }),
  }));

/** Wrong types, huge and empty values, and unicode classes: what a mutation puts in a field. */
const wrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, 0, -1, 1e308, true, "", [], {}, "   ", "nope", "__proto__"),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => "x".repeat(n)),
  fc.array(fc.constantFrom(...UNICODE), { minLength: 1, maxLength: 4 }).map((parts) => `a${parts.join("")}b`),
  edtfText,
  fc.webUrl(),
  fc.constantFrom(
    "https://www.screenrant.com@127.0.0.1/",
    "javascript:alert(1)",
    "https://\u0455\u0441r\u0435\u0435nr\u0430nt.com/",
  ),
);

type Mutation =
  | {
      readonly kind: "set";
      readonly list: number;
      readonly at: number;
      readonly field: number;
      readonly value: unknown;
    }
  | { readonly kind: "drop field"; readonly list: number; readonly at: number; readonly field: number }
  | { readonly kind: "duplicate"; readonly list: number; readonly at: number }
  | { readonly kind: "replace item"; readonly list: number; readonly at: number; readonly value: unknown }
  | { readonly kind: "unknown key"; readonly list: number; readonly at: number; readonly key: string }
  | { readonly kind: "top"; readonly key: string; readonly value: unknown };

const LISTS = ["shows", "sources", "events"] as const;
const FIELDS = [
  "id",
  "show",
  "title",
  "publisher",
  "author",
  "published",
  "url",
  "color",
  "kind",
  "label",
  "start",
  "end",
  "certainty",
  "season",
  "relations",
  "citations",
  "note",
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      list: fc.nat(2),
      at: fc.nat(),
      field: fc.nat(FIELDS.length - 1),
      value: wrong,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("drop field" as const),
      list: fc.nat(2),
      at: fc.nat(),
      field: fc.nat(FIELDS.length - 1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("duplicate" as const), list: fc.nat(2), at: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("replace item" as const),
      list: fc.nat(2),
      at: fc.nat(),
      value: wrong,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("unknown key" as const),
      list: fc.nat(2),
      at: fc.nat(),
      key: fc.constantFrom("__proto__", "\u202Eevil", "x".repeat(5000), "constructor"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("top" as const),
      key: fc.constantFrom(...LISTS, "title", "__proto__", "\u202Ekey"),
      value: wrong,
    }),
  },
);

function mutate(json: { [list: string]: unknown }, m: Mutation): void {
  if (m.kind === "top") {
    Object.defineProperty(json, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return;
  }
  const list = json[LISTS[m.list] ?? "events"];
  if (!Array.isArray(list) || list.length === 0) return;
  const at = m.at % list.length;
  const target = list[at] as Record<string, unknown>;
  if (m.kind === "duplicate") list.push(structuredClone(target));
  else if (m.kind === "replace item") list[at] = m.value;
  else if (typeof target !== "object" || target === null) return;
  else if (m.kind === "set") target[FIELDS[m.field] ?? "id"] = m.value;
  else if (m.kind === "drop field") Reflect.deleteProperty(target, FIELDS[m.field] ?? "id");
  else
    Object.defineProperty(target, m.key, { value: 1, enumerable: true, writable: true, configurable: true });
}

/** A valid dataset with 0–4 mutations: wrong types, huge and empty values, unicode, broken references, duplicates. */
export const datasetJson: fc.Arbitrary<unknown> = fc
  .tuple(validDataset, fc.array(mutation, { maxLength: 4 }))
  .map(([json, mutations]) => {
    const copy = structuredClone(json) as unknown as { [list: string]: unknown };
    for (const m of mutations) mutate(copy, m);
    return copy;
  });

/** The same dataset as JSON text, sometimes cut short or not JSON at all. */
export const datasetText = fc.oneof(
  { weight: 20, arbitrary: datasetJson.map((json) => JSON.stringify(json)) },
  {
    weight: 1,
    arbitrary: fc.tuple(datasetJson, fc.nat()).map(([json, cut]) => {
      const whole = JSON.stringify(json);
      return whole.slice(0, cut % (whole.length + 1));
    }),
  },
  { weight: 1, arbitrary: fc.string() },
);
