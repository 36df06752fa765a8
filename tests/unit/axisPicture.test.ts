import { scaleUtc } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { axisPicture } from "../../src/layout/axisPicture.ts";
import { axisTicks } from "../../src/layout/axisTicks.ts";
import { tickLabelWidth } from "../../src/scene/axisLabelWidths.ts";

const PLOT = 1000;
/** 2010 to 2020 across the plot at the fitted zoom: a year is 100 px. */
const base = scaleUtc()
  .domain([new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))])
  .range([0, PLOT]);
const FIT = { k: 1, x: 0 };
/** The latest-report label's width, px, about as Chromium draws it. */
const LABEL = 86;

describe("axisPicture (the axis at the live zoom)", () => {
  it("puts each year where the zoom puts it, and none past the plot's edge", () => {
    const picture = axisPicture(axisTicks(base, FIT, PLOT, 72), FIT, PLOT, null, LABEL, tickLabelWidth);
    expect(picture.ticks.map((t) => t.label)).toEqual(Array.from({ length: 11 }, (_, i) => String(2010 + i)));
    picture.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(i * 100, 0));
    // Each label after its tick, but the last, at the plot's very edge: it ends before its tick.
    expect(picture.ticks.map((t) => t.anchor)).toEqual([...Array<string>(10).fill("start"), "end"]);
    expect(picture.ticks.every((t) => t.x >= 0 && t.x <= PLOT)).toBe(true);
  });

  it("names a year whose tick is near the plot's right edge before its tick, where it clears the label before", () => {
    const axis = axisTicks(base, FIT, PLOT, 72);
    for (const edge of [990, 1030]) {
      // 2019's tick at 900, 90 or 130 px before the edge: after it; 2020's at 1000, within 38 px: before it.
      const picture = axisPicture(axis, FIT, edge, null, LABEL, tickLabelWidth);
      const last = picture.ticks.filter((t) => t.x >= 900);
      expect(last.map((t) => [t.label, Math.round(t.x), t.anchor])).toEqual([
        ["2019", 900, "start"],
        ...(edge >= 1000 ? [["2020", 1000, "end"]] : []),
      ]);
    }
    // A label too wide to clear the one before is not shown; its tick is, unnamed.
    const wide = axisPicture(axis, FIT, PLOT, null, LABEL, () => 70);
    expect(wide.ticks.filter((t) => t.label !== "").at(-1)?.label).toBe("2019");
    expect(wide.ticks.at(-1)).toMatchObject({ label: "", x: 1000 });
  });

  it("shows no label of a tick after the year-named first one where the two would run together", () => {
    // 1 March to 1 May 2016 on a 700 px plot: weeks 80 px apart, and the first, "Mar 7, 2016" in bold,
    // about as wide: "Mar 14" would begin where it ends. The week after is shown.
    const scale = scaleUtc()
      .domain([new Date(Date.UTC(2016, 2, 1)), new Date(Date.UTC(2016, 4, 1))])
      .range([0, 700]);
    const picture = axisPicture(axisTicks(scale, FIT, 700, 72), FIT, 700, null, LABEL, tickLabelWidth);
    expect(picture.ticks.slice(0, 4).map((t) => t.label)).toEqual(["Mar 7, 2016", "", "Mar 21", "Mar 28"]);
  });

  it("names a month's first day before the minor tick with the year: the major takes the year", () => {
    // 29 November to 7 December 2016 on a 300 px plot: days. "Nov 29, 2016" would hide "Dec 1", and the 2
    // after it would read as 2 November.
    const scale = scaleUtc()
      .domain([new Date(Date.UTC(2016, 10, 29)), new Date(Date.UTC(2016, 11, 7))])
      .range([0, 300]);
    const picture = axisPicture(axisTicks(scale, FIT, 300, 56), FIT, 300, null, LABEL, tickLabelWidth);
    const labels = picture.ticks.map((t) => t.label).filter((label) => label !== "");
    expect(labels[0]).toBe("Dec 1, 2016");
    expect(labels).not.toContain("Nov 29, 2016");
  });

  it("names the year of a tick in another year than the label before it: weeks, and days, across 1 January", () => {
    const weeks = scaleUtc()
      .domain([new Date(Date.UTC(2016, 11, 20)), new Date(Date.UTC(2017, 0, 10))])
      .range([0, 700]);
    const picture = axisPicture(axisTicks(weeks, FIT, 700, 72), FIT, 700, null, LABEL, tickLabelWidth);
    expect(picture.ticks.map((t) => t.label)).toEqual(["Dec 26, 2016", "Jan 2, 2017", "Jan 9"]);
    const days = scaleUtc()
      .domain([new Date(Date.UTC(2016, 11, 28)), new Date(Date.UTC(2017, 0, 4))])
      .range([0, 700]);
    const named = axisPicture(axisTicks(days, FIT, 700, 56), FIT, 700, null, LABEL, tickLabelWidth)
      .ticks.map((t) => t.label)
      .filter((label) => label !== "");
    expect(named).toContain("Jan 1, 2017");
    expect(named.filter((label) => /20\d\d/.test(label))).toEqual([named[0], "Jan 1, 2017"]);
  });

  it("never shows two tick labels that run together, at any span, zoom and plot width", () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY }),
        fc.integer({ min: 3, max: 20_000 }),
        fc.integer({ min: 150, max: 1600 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (startDay, days, plotWidth, k, shift) => {
          const scale = scaleUtc()
            .domain([new Date(startDay * DAY), new Date((startDay + days) * DAY)])
            .range([0, plotWidth]);
          const minSpacing = plotWidth < 400 ? 56 : 72;
          const made = { k, x: shift * plotWidth * k };
          const axis = axisTicks(scale, made, plotWidth, minSpacing);
          const { ticks } = axisPicture(axis, made, plotWidth, null, LABEL, tickLabelWidth);
          const spans = ticks
            .filter((t) => t.label !== "")
            .map((t) => {
              const width = tickLabelWidth(t.label, t.major);
              return t.anchor === "start" ? [t.x + 3, t.x + 3 + width] : [t.x - 3 - width, t.x - 3];
            });
          spans.forEach(([from = 0], i) =>
            expect(from).toBeGreaterThanOrEqual((spans[i - 1]?.[1] ?? -Infinity) + 6),
          );
          // A major tick goes unnamed only for a major one before it: never for a minor one's label.
          ticks.forEach((t, i) => {
            if (!t.major || t.label !== "") return;
            const before = ticks.slice(0, i).findLast((b) => b.label !== "");
            expect(before?.major).toBe(true);
          });
        },
      ),
    );
  });

  it("moves the ticks made for one zoom to a frame's zoom: labels move, never stretch", () => {
    const axis = axisTicks(base, FIT, PLOT, 72);
    // Twice as close, 2015 at the left edge: 2015 to 2019 in view, 200 px apart.
    const picture = axisPicture(axis, { k: 2, x: -1000 }, PLOT, null, LABEL, tickLabelWidth);
    expect(picture.ticks.map((t) => [t.label, Math.round(t.x)])).toEqual([
      ["2015", 0],
      ["2016", 200],
      ["2017", 400],
      ["2018", 600],
      ["2019", 800],
      // At the plot's edge: its label ends before it.
      ["2020", 1000],
    ]);
  });

  it("puts the latest-report label left of its line near the plot's right edge, unless the left has less room", () => {
    const flip = (plotWidth: number, latest: Date) => {
      const scale = base.copy().range([0, plotWidth]);
      const axis = axisTicks(scale, FIT, plotWidth, plotWidth < 400 ? 56 : 72);
      const shown = axisPicture(axis, FIT, plotWidth, scale(latest.getTime()), LABEL, tickLabelWidth).latest;
      return shown && shown.labelX < shown.x;
    };
    // A wide plot, the line in 2019 (x = 900 of 1000): the label goes left.
    expect(flip(PLOT, new Date(Date.UTC(2019, 0, 1)))).toBe(true);
    // A phone's plot, 190 px, the line at 2014 (x = 76): more room right, where it goes.
    expect(flip(190, new Date(Date.UTC(2014, 0, 1)))).toBe(false);
    // Early in a wide plot: right of the line, as ever.
    expect(flip(PLOT, new Date(Date.UTC(2012, 0, 1)))).toBe(false);
  });

  it("keeps the latest-report label wholly inside a phone's plot wherever its line is", () => {
    // A 360 px screen's plot is 166 px: no line leaves room for the label on both sides.
    const plotWidth = 166;
    const scale = base.copy().range([0, plotWidth]);
    const axis = axisTicks(scale, FIT, plotWidth, 56);
    for (let x = 0; x <= plotWidth; x += 1) {
      const shown = axisPicture(axis, FIT, plotWidth, x, LABEL, tickLabelWidth).latest;
      expect(shown?.labelX, `line at ${x}`).toBeGreaterThanOrEqual(0);
      expect((shown?.labelX ?? 0) + LABEL, `line at ${x}`).toBeLessThanOrEqual(plotWidth);
    }
    // Ticks made with the line near the right, then panned so that it is near the left: still inside.
    const shown = axisPicture(axis, { k: 1, x: -100 }, plotWidth, 120, LABEL, tickLabelWidth).latest;
    expect(shown?.labelX).toBeGreaterThanOrEqual(0);
  });

  it("shows the latest-report label only while its line is in the plot", () => {
    const axis = axisTicks(base, FIT, PLOT, 72);
    const at2015 = base(Date.UTC(2015, 0, 1));
    expect(axisPicture(axis, FIT, PLOT, at2015, LABEL, tickLabelWidth).latest?.x).toBeCloseTo(500, 0);
    expect(axisPicture(axis, { k: 4, x: -3000 }, PLOT, at2015, LABEL, tickLabelWidth).latest).toBeNull();
  });
});
