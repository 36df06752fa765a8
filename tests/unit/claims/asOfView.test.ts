import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema.ts";
import { asOfView } from "../../../src/model/asOfView.ts";
import { datasetAsOf } from "../../../src/model/datasetAsOf.ts";
import { itemOverlays } from "../../../src/model/itemOverlays.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import { cite, dataset, day, event, SOURCES, source } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

const DAY = 86_400_000;
/** Days around every report: before, on and after each, a day between two, and "how it turned out". */
const DAYS = [
  day(2015, 11, 19),
  day(2015, 11, 20),
  day(2016, 1, 16),
  day(2016, 1, 17),
  day(2016, 3, 1),
  day(2016, 5, 2),
  day(2016, 5, 11),
  day(2016, 5, 12),
  day(2017, 4, 3),
  day(2017, 4, 4),
  Infinity,
];

/** What the as-of view must equal: the three passes it replaces, each done afresh. */
function afresh(data: Dataset, on: number) {
  const asOf = datasetAsOf(data, on);
  return {
    dataset: asOf,
    items: timelineItems(asOf).map((i) => ({ id: i.id, event: i.event, name: i.name })),
    overlays: itemOverlays(data, on),
  };
}

describe("the as-of view (one pass per day, kept)", () => {
  it("gives what datasetAsOf, timelineItems and itemOverlays give, in whatever order the days come", () => {
    fc.assert(
      fc.property(datasets, fc.array(fc.constantFrom(...DAYS), { maxLength: 30 }), (data, days) => {
        const view = asOfView(data, timelineItems(data));
        for (const on of days) {
          const got = view(on);
          expect({
            ...got,
            items: got.items.map((i) => ({ id: i.id, event: i.event, name: i.name })),
          }).toEqual(afresh(data, on));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is the same view for two days between which nothing became known, and a new one after", () => {
    const data = dataset([
      event("a", [cite("early", { claim: { start: "2017" } }), cite("may11")], { start: "2016-10" }),
    ]);
    const view = asOfView(data, timelineItems(data));
    expect(view(day(2016, 3, 1))).toBe(view(day(2016, 1, 17)));
    expect(view(day(2016, 5, 11))).not.toBe(view(day(2016, 5, 10)));
    expect(view(day(2016, 5, 11)).dataset.events[0]?.start).toBe("2016-10");
    expect(view(day(2016, 5, 10)).dataset.events[0]?.start).toBe("2017");
  });

  it("keeps an event's item while the event stands as before, and its own item once it is settled", () => {
    const data = dataset([
      event("moves", [cite("early", { claim: { start: "2017" } }), cite("later")], { start: "2016-10" }),
      event("stays", [cite("early")], { start: "2016-05" }),
    ]);
    const items = timelineItems(data);
    const view = asOfView(data, items);
    const itemOf = (on: number, id: string) => view(on).items.find((i) => i.id === id);
    // "stays" is settled from its only report on: the dataset's own item, every day.
    expect(itemOf(day(2016, 1, 17), "stays")).toBe(items[1]);
    // "moves" says 2017 from January 2016 to April 2017: one item for all those days, however reached.
    const january = itemOf(day(2016, 1, 17), "moves");
    expect(january?.event.start).toBe("2017");
    expect(itemOf(day(2017, 4, 3), "moves")).toBe(items[0]);
    expect(itemOf(day(2016, 5, 11), "moves")).toBe(january);
  });

  it("is the dataset itself, at no cost, once a dataset without claims has all its pages", () => {
    const data = dataset([
      event("a", [cite("early")], { start: "2016-10" }),
      event("b", [cite("may2"), cite("may11")], { start: "2017" }),
    ]);
    const items = timelineItems(data);
    const view = asOfView(data, items);
    for (const on of [day(2016, 5, 11), day(2020, 1, 1), Infinity]) {
      const got = view(on);
      expect(got.dataset).toBe(data);
      expect(got.items).toBe(items);
      expect(got.overlays.size).toBe(0);
    }
    // Before its last page, the rule still applies: "b" had only its May 2 report.
    expect(view(day(2016, 5, 2)).dataset).toEqual(datasetAsOf(data, day(2016, 5, 2)));
    expect(view(day(2016, 5, 2)).dataset.events[1]?.citations).toHaveLength(1);
    expect(view(day(2016, 1, 16)).dataset.events).toEqual([]);
  });

  it("waits for the end when a page of a dataset without claims has no date", () => {
    const data = dataset([event("a", [cite("early"), cite("undated")], { start: "2016-10" })]);
    const view = asOfView(data, timelineItems(data));
    expect(view(day(2030, 1, 1)).dataset.events[0]?.citations).toHaveLength(1);
    expect(view(Infinity).dataset).toBe(data);
  });

  it("never counts as known a citation whose page the dataset lacks, on any day", () => {
    const data = dataset([
      event("a", [cite("early"), cite("missing")], { start: "2016-10" }),
      event("b", [cite("early", { claim: { start: "2017" } }), cite("may11")], { start: "2016-10" }),
    ]);
    const view = asOfView(data, timelineItems(data));
    for (const on of [...DAYS, day(2030, 1, 1)]) {
      const got = view(on);
      expect({ ...got, items: got.items.map((i) => i.id) }).toEqual({
        ...afresh(data, on),
        items: afresh(data, on).items.map((i) => i.id),
      });
    }
    // Its known citation only, even once every page in the dataset is out.
    expect(view(Infinity).dataset.events[0]?.citations).toHaveLength(1);
  });

  it("drops a relation to an event not yet reported, claims or not", () => {
    const sources = [...SOURCES, source("june", "2016-06-01")];
    const data = dataset(
      [
        event("a", [cite("early")], { relations: [{ type: "after", event: "b" }] }),
        event("b", [cite("june")], { start: "2017" }),
      ],
      sources,
    );
    const view = asOfView(data, timelineItems(data));
    expect(view(day(2016, 5, 1)).dataset.events.map((e) => e.relations ?? [])).toEqual([[]]);
    expect(view(day(2016, 5, 1)).dataset).toEqual(datasetAsOf(data, day(2016, 5, 1)));
    expect(view(day(2016, 6, 1)).dataset).toBe(data);
    expect(view(day(2016, 6, 1) - DAY).dataset.events).toHaveLength(1);
  });

  it("shows an event's note once it stands as its own fields say, not while an earlier report's date stands", () => {
    const data = dataset([
      event("a", [cite("may2", { claim: { start: "2017" } }), cite("may11")], {
        start: "2016-10/..",
        note: "By 11 May it was after The Defenders",
      }),
    ]);
    const view = asOfView(data, timelineItems(data));
    expect(view(day(2016, 5, 2)).dataset.events[0]).not.toHaveProperty("note");
    expect(view(day(2016, 5, 11)).dataset.events[0]?.note).toBe("By 11 May it was after The Defenders");
  });
});
