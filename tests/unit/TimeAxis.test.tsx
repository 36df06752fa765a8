import { act, render } from "@testing-library/react";
import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { TimeAxis } from "../../src/chart/TimeAxis.tsx";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { AXIS_RIGHT_EDGE } from "../../src/layout/axisTicks.ts";
import { LIGHT } from "../../src/model/chartPalette.ts";

const PLOT = 1000;
/** 2010 to 2020 across the plot at the fitted zoom: a year is 100 px. */
const base = scaleUtc()
  .domain([new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))])
  .range([0, PLOT]);

/** The ten years of the plot, as the axis labels them at the fitted zoom. */
const TEN_YEARS = Array.from({ length: 10 }, (_, i) => String(2010 + i));

function renderAxis() {
  const store = createTransformStore();
  const { container } = render(
    <TimeAxis
      store={store}
      base={base}
      width={PLOT + 100}
      height={40}
      labelWidth={0}
      plotWidth={PLOT}
      narrow={false}
      palette={LIGHT}
      latestReport={null}
    />,
  );
  /** The labels a reader sees, left to right, and where: a tick is seen only inside the plot. */
  const shown = () =>
    [...container.querySelectorAll<SVGSVGElement>(".axis-tick")]
      .map((tick) => {
        const x = /^translate\((-?[\d.e+-]+)px/.exec(tick.style.transform)?.[1];
        return { x: Number(x), label: tick.textContent };
      })
      .filter(({ x }) => x >= 0 && x < PLOT - AXIS_RIGHT_EDGE)
      .sort((a, b) => a.x - b.x);
  return { store, shown };
}

describe("<TimeAxis>", () => {
  it("shows the years in view where the zoom puts them, and none past the plot's edge", () => {
    const { shown } = renderAxis();
    const years = shown();
    expect(years.map((t) => t.label)).toEqual(TEN_YEARS);
    expect(years[1]?.x).toBeCloseTo(100, 0);
  });

  it("a zoom frame moves the ticks it made; ticks out of view are moved out of the axis", () => {
    const { store, shown } = renderAxis();
    // Twice as close, 2015 at the left edge: 2015 to 2019 are in view, 200 px apart.
    act(() => store.getState().frame({ k: 2, x: -1000 }, PLOT));
    const years = shown();
    expect(years.map((t) => t.label)).toEqual(["2015", "2016", "2017", "2018", "2019"]);
    expect(years[0]?.x).toBeCloseTo(0, 0);
    expect(years[1]?.x).toBeCloseTo(200, 0);
    // Back where it was: the ticks that left come back to their places.
    act(() => store.getState().frame({ k: 1, x: 0 }, PLOT));
    expect(shown().map((t) => t.label)).toHaveLength(10);
    expect(shown()[9]).toMatchObject({ label: "2019" });
  });

  it("ticks made for another unit reuse the elements, and none keeps an old tick's place", () => {
    const { store, shown } = renderAxis();
    // Close enough for months: about 2016 in view.
    act(() => store.getState().frame({ k: 10, x: -6000 }, PLOT));
    const months = shown();
    expect(months.length).toBeGreaterThan(4);
    expect(months.every((t) => !/^20(1[0-5]|1[7-9])$/.test(t.label ?? ""))).toBe(true);
    expect(months.some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(t.label ?? ""))).toBe(
      true,
    );
    // And back to years: exactly the ten years again, each where it belongs.
    act(() => store.getState().frame({ k: 1, x: 0 }, PLOT));
    const years = shown();
    expect(years.map((t) => t.label)).toEqual(TEN_YEARS);
    years.forEach((t, i) => expect(t.x).toBeCloseTo(i * 100, 0));
  });

  it("puts the latest-report label left of its line near the plot's right edge, unless the left has less room", () => {
    const anchor = (plotWidth: number, latest: Date) => {
      const scale = base.copy().range([0, plotWidth]);
      const { container, unmount } = render(
        <TimeAxis
          store={createTransformStore()}
          base={scale}
          width={plotWidth + 100}
          height={40}
          labelWidth={0}
          plotWidth={plotWidth}
          narrow={plotWidth < 400}
          palette={LIGHT}
          latestReport={latest.getTime()}
        />,
      );
      const side = container.querySelector(".latest-report")?.getAttribute("text-anchor");
      unmount();
      return side;
    };
    // A wide plot, the line in 2019 (x = 900 of 1000): the label goes left.
    expect(anchor(PLOT, new Date(Date.UTC(2019, 0, 1)))).toBe("end");
    // A phone's plot, 190 px, the line at 2014 (x = 76): more room right, where it goes.
    expect(anchor(190, new Date(Date.UTC(2014, 0, 1)))).toBe("start");
    // Early in a wide plot: right of the line, as ever.
    expect(anchor(PLOT, new Date(Date.UTC(2012, 0, 1)))).toBe("start");
  });
});
