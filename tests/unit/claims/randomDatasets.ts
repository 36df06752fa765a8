import fc from "fast-check";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import type { Dataset } from "../../../src/data/schema.ts";
import { SOURCES } from "./build.ts";

const DATED = SOURCES.filter((s) => s.published !== null).map((s) => s.id);

const date = fc.constantFrom(
  "2015-11-20",
  "2016-05",
  "2016-10~/2016-12~",
  "2017",
  "2017/..",
  "2017-21",
  null,
);
const claim = fc.record(
  { start: date, certainty: fc.constantFrom("confirmed", "reported", "speculative") },
  { requiredKeys: [] },
);
const prediction = fc.record(
  { source: fc.constantFrom(...DATED), quote: fc.constant("Said so."), claim },
  { requiredKeys: ["source", "quote"] },
);
const outcome = fc.record({
  source: fc.constantFrom(...SOURCES.map((s) => s.id)),
  quote: fc.constant("It happened."),
  // Days, and a month: on an undated page, a month is known only from its last day.
  claim: fc.record({
    start: fc.constantFrom("2015-11-20", "2016-01-17", "2016-05-12", "2016-05", "2017-04-03"),
  }),
  outcome: fc.constant(true as const),
});
const events = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    show: fc.constant("show"),
    kind: fc.constantFrom("production", "release"),
    label: fc.constant("An event"),
    start: date,
    certainty: fc.constantFrom("confirmed", "reported", "speculative"),
    citations: fc
      .tuple(fc.array(prediction, { minLength: 1, maxLength: 4 }), fc.array(outcome, { maxLength: 2 }))
      .map(([p, o]) => [...p, ...o]),
  }),
  { selector: (e) => e.id, maxLength: 6 },
);
/** Random datasets, as parseDataset() keeps them (outcomes a page could not have reported are left out). */
export const datasets = events.map(
  (list): Dataset =>
    parseDataset({ shows: [{ id: "show", title: "Show" }], sources: SOURCES, events: list }).dataset,
);
