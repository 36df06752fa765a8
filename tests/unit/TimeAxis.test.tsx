import { act, render } from "@testing-library/react";
import { Profiler } from "react";
import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { TimeAxis } from "../../src/chart/TimeAxis.tsx";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { LIGHT } from "../../src/model/chartPalette.ts";

const PLOT = 1000;
/** 2010 to 2020 across the plot at the fitted zoom: a year is 100 px. */
const base = scaleUtc()
  .domain([new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))])
  .range([0, PLOT]);

/** The ten years of the plot, as the axis labels them at the fitted zoom, and 2020's tick at its right edge. */
const FITTED_YEARS = Array.from({ length: 11 }, (_, i) => String(2010 + i));

function renderAxis() {
  const store = createTransformStore();
  const commits = { count: 0 };
  const { container } = render(
    <Profiler id="axis" onRender={() => commits.count++}>
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
      />
    </Profiler>,
  );
  /** The labels the axis shows, left to right (its canvas lists them). */
  const shown = () =>
    container.querySelector<HTMLCanvasElement>(".axis-canvas")?.dataset["labels"]?.split("|");
  return { store, shown, commits };
}

describe("<TimeAxis>", () => {
  it("shows the years in view, and follows zoom frames, to months and back, without rendering", () => {
    const { store, shown, commits } = renderAxis();
    expect(shown()).toEqual(FITTED_YEARS);
    const rendered = commits.count;
    // Twice as close, 2015 at the left edge: 2015 to 2019 are in view, and 2020's tick at the plot's right
    // edge, its label before it.
    act(() => store.getState().frame({ k: 2, x: -1000 }, PLOT));
    expect(shown()).toEqual(["2015", "2016", "2017", "2018", "2019", "2020"]);
    // Close enough for months (about 2016 in view), then back to years: exactly those years again.
    act(() => store.getState().frame({ k: 10, x: -6000 }, PLOT));
    const months = shown() ?? [];
    expect(months.length).toBeGreaterThan(4);
    expect(months.every((label) => !/^20(1[0-5]|1[7-9])$/.test(label))).toBe(true);
    expect(months.some((label) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(label))).toBe(
      true,
    );
    act(() => store.getState().frame({ k: 1, x: 0 }, PLOT));
    expect(shown()).toEqual(FITTED_YEARS);
    expect(commits.count).toBe(rendered);
  });
});
