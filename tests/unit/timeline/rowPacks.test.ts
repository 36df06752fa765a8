import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/data/schema.ts";
import {
  rowLayout,
  type LayoutOptions,
  type PlacedItem,
  type RowLayout,
} from "../../../src/layout/rowLayout.ts";
import { datasetPacks, rowPacks } from "../../../src/layout/rowPacks.ts";
import type { TimelineItem } from "../../../src/model/timelineItems.ts";
import { LAYOUT_OPTIONS, SHOWS, event, fourYears, items, utcScale } from "./build.ts";

const WITH_LABELS: LayoutOptions = {
  ...LAYOUT_OPTIONS,
  labelRoom: (item) => item.event.label.length * 6,
  plotWidth: 900,
};
/** One pixel per day across 2014–2017, and the same years across half the pixels. */
const scales = {
  wide: fourYears(),
  narrow: utcScale(Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1), [0, 730]),
};
type ScaleName = keyof typeof scales;
/**
 * A layout as its readers see it: each placement's own fields. A plotted item's placement is also its fit
 * (itemFit.ts), which names the packs it was measured for, so layouts with and without packs differ there.
 */
const seen = (result: RowLayout) => {
  const own = (placed: readonly PlacedItem[]) =>
    placed.map(({ placement, ...p }) => ({
      ...p,
      placement:
        placement.at === "plot"
          ? { at: placement.at, fitX0: placement.fitX0, fitX1: placement.fitX1 }
          : placement,
    }));
  return { ...result, placed: own(result.placed), rowPlaced: result.rowPlaced.map(own) };
};
const layout = (
  list: readonly TimelineItem[],
  scale: ScaleName,
  options = LAYOUT_OPTIONS,
  packs?: ReturnType<typeof rowPacks>,
) => rowLayout(list, SHOWS, (ms) => scales[scale](ms), options, packs && { packs, key: scale });

/** Nine events over the four shows: overlapping windows, releases, seasons and undated ones. */
const EVENTS: TimelineEvent[] = [
  event("dd-1", { kind: "filming", season: 1, start: "2014-07", end: "2014-12" }),
  event("dd-2", { kind: "announcement", season: 1, start: "2014-09-15" }),
  event("dd-3", { season: 2, start: "2016-03-18" }),
  event("dd-4"),
  event("jj-1", { show: "jessica-jones", kind: "filming", season: 1, start: "2015-02", end: "2015-08" }),
  event("jj-2", { show: "jessica-jones", season: 1, start: "2015-11-20" }),
  event("lc-1", { show: "luke-cage", start: "2016-09-30" }),
  event("lc-2", { show: "luke-cage" }),
  event("if-1", { show: "iron-fist", season: 1, start: "2017-03-17" }),
];
const ALL = items(EVENTS);

describe("rowPacks()", () => {
  it("a layout with the chart's packs is the layout without them, through any filter changes, scales and options", () => {
    const step = fc.record({
      keep: fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }),
      scale: fc.constantFrom<ScaleName>("wide", "wide", "narrow"),
      labels: fc.boolean(),
      until: fc.constantFrom(Infinity, Infinity, 30, 80),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const packs = rowPacks();
        for (const { keep, scale, labels, until } of steps) {
          const list = ALL.filter((_, i) => keep[i]);
          const options = { ...(labels ? WITH_LABELS : LAYOUT_OPTIONS), until };
          expect(seen(layout(list, scale, options, packs))).toEqual(seen(layout(list, scale, options)));
        }
      }),
    );
  });

  it("a filter change keeps the placed items of the rows above the show it hid, and the packing of those below", () => {
    const packs = rowPacks();
    const before = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    const withoutLukeCage = ALL.filter((item) => item.show.id !== "luke-cage");
    const after = layout(withoutLukeCage, "wide", LAYOUT_OPTIONS, packs);
    const placedOf = (result: RowLayout, show: string) =>
      result.placed.filter((p) => p.item.show.id === show);
    // Daredevil and Jessica Jones stand where they stood: the very same placed items.
    for (const show of ["daredevil", "jessica-jones"])
      placedOf(after, show).forEach((p, i) => expect(p).toBe(placedOf(before, show)[i]));
    // Iron Fist moved up a row: placed anew, its packing (where it stands on the plot) kept.
    const ironFist = placedOf(after, "iron-fist")[0];
    expect(ironFist).not.toBe(placedOf(before, "iron-fist")[0]);
    expect(ironFist?.row).toBe(2);
    expect(ironFist?.placement).toBe(placedOf(before, "iron-fist")[0]?.placement);
  });

  it("undoing a change of scale (a filter that moved the time domain, ticked back) packs no row again", () => {
    const packs = rowPacks();
    const before = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    layout(ALL, "narrow", LAYOUT_OPTIONS, packs);
    const after = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    after.placed.forEach((p, i) => expect(p).toBe(before.placed[i]));
  });

  it("unticking a kind and ticking it back (every show's items changed) packs no row again", () => {
    const packs = rowPacks();
    const before = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    layout(
      ALL.filter((item) => item.event.kind !== "release"),
      "wide",
      LAYOUT_OPTIONS,
      packs,
    );
    const after = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    after.placed.forEach((p, i) => expect(p).toBe(before.placed[i]));
  });

  it("a show keeps the packs of its last two item sets, not more: a third set's change packs it again", () => {
    const packs = rowPacks();
    const daredevil = (ids: readonly string[]) => ALL.filter((item) => ids.includes(item.id));
    const first = layout(daredevil(["dd-1", "dd-2", "dd-3"]), "wide", LAYOUT_OPTIONS, packs);
    layout(daredevil(["dd-1", "dd-2"]), "wide", LAYOUT_OPTIONS, packs);
    layout(daredevil(["dd-1"]), "wide", LAYOUT_OPTIONS, packs);
    const again = layout(daredevil(["dd-1", "dd-2", "dd-3"]), "wide", LAYOUT_OPTIONS, packs);
    // Packed again: placed anew (its items' fits at this scale are kept, so their placements are the same).
    expect(again.placed[0]).not.toBe(first.placed[0]);
    expect(again).toEqual(first);
  });

  it("another scale packs every row again", () => {
    const packs = rowPacks();
    const before = layout(ALL, "wide", LAYOUT_OPTIONS, packs);
    const after = layout(ALL, "narrow", LAYOUT_OPTIONS, packs);
    expect(after.placed[0]?.placement).not.toBe(before.placed[0]?.placement);
    expect(seen(after)).toEqual(seen(layout(ALL, "narrow")));
  });
});

describe("datasetPacks()", () => {
  it("a chart drawn again for the same dataset (back from the table view) packs no row again", () => {
    const before = layout(ALL, "wide", LAYOUT_OPTIONS, datasetPacks(SHOWS));
    const after = layout(ALL, "wide", LAYOUT_OPTIONS, datasetPacks(SHOWS));
    after.placed.forEach((p, i) => expect(p).toBe(before.placed[i]));
  });

  it("another dataset's shows get packs of their own", () => {
    expect(datasetPacks([...SHOWS])).not.toBe(datasetPacks(SHOWS));
    expect(datasetPacks(SHOWS)).toBe(datasetPacks(SHOWS));
  });
});
