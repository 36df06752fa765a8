import { describe, expect, it } from "vitest";
import { itemSpan } from "../../../src/layout/itemFit.ts";
import { rowLayout, type LayoutOptions } from "../../../src/layout/rowLayout.ts";
import { rowPacks } from "../../../src/layout/rowPacks.ts";
import type { TimelineItem } from "../../../src/model/timelineItems.ts";
import { SHOWS, event, items, utcScale } from "./build.ts";

const scales = {
  wide: utcScale(Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1), [0, 1461]),
  narrow: utcScale(Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1), [0, 730]),
};

/** Layout options whose label room counts the items it is asked about: each is one item measured. */
function counting() {
  const measured: string[] = [];
  const options: LayoutOptions = {
    laneHeight: 20,
    rowPadding: 6,
    markerWidth: 12,
    shelfColumns: 2,
    labelRoom: (item) => {
      measured.push(item.id);
      return 30;
    },
    plotWidth: 1461,
  };
  return { measured, options };
}

const ALL = items([
  event("dd-1", { kind: "filming", season: 1, start: "2014-07", end: "2014-12" }),
  event("dd-2", { season: 1, start: "2015-04-10" }),
  event("jj-1", { show: "jessica-jones", kind: "filming", season: 1, start: "2015-02", end: "2015-08" }),
  event("jj-2", { show: "jessica-jones", season: 1, start: "2015-11-20" }),
  event("lc-1", { show: "luke-cage", kind: "filming", start: "2015-12", end: "2016-03" }),
  event("lc-2", { show: "luke-cage", start: "2016-09-30" }),
  event("lc-3", { show: "luke-cage" }),
]);

describe("itemFit()", () => {
  it("unticking a kind packs every show again but measures no item again", () => {
    const { measured, options } = counting();
    const packs = rowPacks();
    const layout = (list: readonly TimelineItem[]) =>
      rowLayout(list, SHOWS, (ms) => scales.wide(ms), options, { packs, key: "wide" });
    layout(ALL);
    expect(measured).toEqual(["dd-1", "dd-2", "jj-1", "jj-2", "lc-1", "lc-2"]);
    measured.length = 0;
    const windows = layout(ALL.filter((item) => item.event.kind === "filming"));
    expect(measured).toEqual([]);
    // Packed again all the same: each show's one window now has its row to itself.
    expect(windows.placed.map((p) => p.item.id)).toEqual(["dd-1", "jj-1", "lc-1"]);
  });

  it("another scale measures every item again, and a layout without packs measures its own", () => {
    const { measured, options } = counting();
    const packs = rowPacks();
    rowLayout(ALL, SHOWS, (ms) => scales.wide(ms), options, { packs, key: "wide" });
    measured.length = 0;
    const narrow = rowLayout(ALL, SHOWS, (ms) => scales.narrow(ms), options, { packs, key: "narrow" });
    expect(measured).toHaveLength(6);
    const dd1 = narrow.placed.find((p) => p.item.id === "dd-1")?.placement;
    expect(dd1?.at === "plot" && dd1.fitX0).toBeCloseTo(scales.narrow(Date.UTC(2014, 6, 1)) - 6, 6);
    measured.length = 0;
    rowLayout(ALL, SHOWS, (ms) => scales.narrow(ms), options);
    expect(measured).toHaveLength(6);
  });
});

describe("itemSpan()", () => {
  it("itemSpan() covers an item's dates under a zoomed scale, its marker's pad as drawn at every zoom", () => {
    const [day, window] = [ALL[1], ALL[0]] as [TimelineItem, TimelineItem];
    for (const k of [1, 9]) {
      const x = (ms: number) => k * scales.wide(ms) - 100;
      // A day: from its first instant to its last, each end padded by half the marker, 6 px at either zoom.
      const [d0, d1] = itemSpan(day, x, 12);
      expect(d0).toBeCloseTo(x(Date.UTC(2015, 3, 10)) - 6, 9);
      expect(d1).toBeCloseTo(x(Date.UTC(2015, 3, 11)) + 6, 6);
      // A window: from its start's first day to its end's last.
      const [x0, x1] = itemSpan(window, x, 12);
      expect(x0).toBeCloseTo(x(Date.UTC(2014, 6, 1)) - 6, 9);
      expect(x1).toBeCloseTo(x(Date.UTC(2014, 11, 31, 23, 59, 59, 999)) + 6, 6);
    }
  });
});
