import { describe, expect, it } from "vitest";
import { timeTicks } from "../../../src/dates/timeTicks.ts";
import { utcScale } from "./build.ts";

const DOMAINS: readonly (readonly [string, number, number])[] = [
  ["a century", Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)],
  ["ten years", Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)],
  ["two years", Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)],
  ["half a year", Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)],
  ["four weeks", Date.UTC(2016, 3, 1), Date.UTC(2016, 3, 29)],
  ["ten days", Date.UTC(2016, 2, 28), Date.UTC(2016, 3, 7)],
  ["an odd stretch", Date.UTC(2015, 10, 17, 5), Date.UTC(2016, 1, 2, 19)],
];

describe("timeTicks()", () => {
  it("timeTicks() gives each tick its instant, which stays put while the zoom moves the tick", () => {
    const wide = timeTicks(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1), [0, 800])).ticks;
    const panned = timeTicks(utcScale(Date.UTC(2016, 0, 16), Date.UTC(2016, 6, 16), [0, 800])).ticks;
    expect(wide.map((t) => t.time)).toContain(Date.UTC(2016, 3, 1));
    const april = (ticks: typeof wide) => ticks.find((t) => t.time === Date.UTC(2016, 3, 1));
    expect(april(panned)?.x).toBeLessThan(april(wide)!.x);
  });

  it("timeTicks() picks years for ten years on 800px, every one a major tick", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), [0, 800]));
    expect(unit).toBe("year");
    expect(ticks.map((t) => t.label)).toEqual([
      "2010",
      "2011",
      "2012",
      "2013",
      "2014",
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
    ]);
    expect(ticks.every((t) => t.major)).toBe(true);
    expect(ticks[0]?.x).toBe(0);
    expect(ticks.at(-1)?.x).toBe(800);
  });

  it("timeTicks() thins years out to every 20 when even years are too dense", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1), [0, 800]));
    expect(unit).toBe("year");
    expect(ticks.map((t) => t.label)).toEqual([
      "1900",
      "1920",
      "1940",
      "1960",
      "1980",
      "2000",
      "2020",
      "2040",
      "2060",
      "2080",
      "2100",
    ]);
  });

  it("timeTicks() thins years out past every 1,000 when a span of years 1 to 9999 is on a phone", () => {
    const from = new Date(0);
    from.setUTCFullYear(1, 0, 1);
    const to = new Date(0);
    to.setUTCFullYear(9999, 11, 31);
    const { unit, ticks } = timeTicks(utcScale(from.getTime(), to.getTime(), [0, 390]));
    expect(unit).toBe("year");
    expect(ticks.map((t) => t.label)).toEqual(["2000", "4000", "6000", "8000"]);
    for (const [a, b] of ticks.slice(1).map((t, i) => [ticks[i]!, t] as const))
      expect(b.x - a.x).toBeGreaterThanOrEqual(64);
  });

  it("timeTicks() picks quarters for two years on 800px, the year labelling each January", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1), [0, 800]));
    expect(unit).toBe("quarter");
    expect(ticks.map((t) => [t.label, t.major])).toEqual([
      ["2016", true],
      ["Q2", false],
      ["Q3", false],
      ["Q4", false],
      ["2017", true],
      ["Q2", false],
      ["Q3", false],
      ["Q4", false],
      ["2018", true],
    ]);
  });

  it("timeTicks() picks months for half a year on 800px", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1), [0, 800]));
    expect(unit).toBe("month");
    expect(ticks.map((t) => [t.label, t.major])).toEqual([
      ["2016", true],
      ["Feb", false],
      ["Mar", false],
      ["Apr", false],
      ["May", false],
      ["Jun", false],
      ["Jul", false],
    ]);
  });

  it("timeTicks() picks Monday weeks for four weeks on 800px, the first week of a month major", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2016, 3, 1), Date.UTC(2016, 3, 29), [0, 800]));
    expect(unit).toBe("week");
    expect(ticks.map((t) => [t.label, t.major])).toEqual([
      // The first tick names the year, since no other does.
      ["Apr 4, 2016", true],
      ["Apr 11", false],
      ["Apr 18", false],
      ["Apr 25", false],
    ]);
  });

  it("timeTicks() picks days for ten days on 800px, naming the month on its first day", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2016, 2, 28), Date.UTC(2016, 3, 7), [0, 800]));
    expect(unit).toBe("day");
    expect(ticks.map((t) => t.label)).toEqual([
      "Mar 28, 2016",
      "29",
      "30",
      "31",
      "Apr 1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
    ]);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["Apr 1"]);
    expect(ticks.map((t) => t.x)).toEqual([0, 80, 160, 240, 320, 400, 480, 560, 640, 720, 800]);
  });

  it("timeTicks() picks weeks, a little closer than asked, for two months on 600px, where months would leave one tick", () => {
    // 10 px a day: months are 280 px or more apart, and of 2 December 2016 to 31 January 2017 only 1 January
    // ("2017") is in view; weeks are 70 px apart (72 asked).
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2016, 11, 2), Date.UTC(2017, 0, 31), [0, 590]), 72);
    expect(unit).toBe("week");
    expect(ticks.map((t) => t.label)).toEqual([
      "Dec 5, 2016",
      "Dec 12",
      "Dec 19",
      "Dec 26",
      "Jan 2",
      "Jan 9",
      "Jan 16",
      "Jan 23",
      "Jan 30",
    ]);
    // Half as many px a day, months are half as far apart: three or more in view, as asked.
    expect(timeTicks(utcScale(Date.UTC(2016, 9, 1), Date.UTC(2017, 1, 1), [0, 600]), 72).unit).toBe("month");
  });

  it("timeTicks() picks coarser units for a larger minSpacing", () => {
    const scale = utcScale(Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1), [0, 800]);
    expect(timeTicks(scale, 20).unit).toBe("month");
    expect(timeTicks(scale, 64).unit).toBe("quarter");
    expect(timeTicks(scale, 100).unit).toBe("year");
    // Half a year at 200 px apart: quarters would stand 395 px apart, less than two of them across the
    // 800 px; months, 124 px apart (0.6 of 200 or more), are taken.
    const half = utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1), [0, 800]);
    expect(timeTicks(half, 200).unit).toBe("month");
    expect(timeTicks(half, 250).unit).toBe("quarter");
  });

  it.each(DOMAINS)(
    "timeTicks() keeps ticks of %s at least minSpacing apart and inside the range",
    (_, from, to) => {
      for (const width of [800, 1000]) {
        const { ticks } = timeTicks(utcScale(from, to, [0, width]));
        expect(ticks.length).toBeGreaterThan(0);
        ticks.forEach((tick, i) => {
          expect(tick.x).toBeGreaterThanOrEqual(0);
          expect(tick.x).toBeLessThanOrEqual(width);
          const previous = ticks[i - 1];
          if (previous) expect(tick.x - previous.x).toBeGreaterThanOrEqual(64);
        });
      }
    },
  );

  it("timeTicks() keeps short months and thinned years at least minSpacing apart", () => {
    const cases = [
      [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1), 770],
      [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1), 1600],
      [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 320],
    ] as const;
    for (const [from, to, width] of cases) {
      const { ticks } = timeTicks(utcScale(from, to, [0, width]));
      ticks.forEach((tick, i) => {
        const previous = ticks[i - 1];
        if (previous) expect(tick.x - previous.x).toBeGreaterThanOrEqual(64);
      });
    }
  });
});

describe("timeTicks() inside one year", () => {
  it("timeTicks() keeps one year's tick, mid-plot, when the plot is too narrow for any of its step's", () => {
    // Three and a half years on 60 px: every 5 years, and no multiple of 5 inside; 2016 to 2018 are.
    const scale = utcScale(Date.UTC(2015, 6, 1), Date.UTC(2018, 11, 1), [0, 60]);
    const { ticks } = timeTicks(scale, 56);
    expect(ticks.map((t) => t.label)).toEqual(["2017"]);
    expect(ticks[0]?.x).toBeGreaterThan(0);
    expect(ticks[0]?.x).toBeLessThan(60);
  });

  it("timeTicks() names the year on the first tick when no tick would", () => {
    const { unit, ticks } = timeTicks(utcScale(Date.UTC(2017, 7, 1), Date.UTC(2017, 10, 30), [0, 800]));
    expect(unit).toBe("month");
    expect(ticks[0]?.label).toBe("Aug 2017");
    expect(ticks.slice(1).map((t) => t.label)).toEqual(["Sep", "Oct", "Nov"]);
  });

  it("timeTicks() writes early years as the tooltips and the table do: 1 BCE, 1, 99, never 0000 or 0099", () => {
    /** UTC ms of a day in year `year` (Date.UTC would read 0 to 99 as 1900 to 1999). */
    const at = (year: number, month = 0, day = 1) => {
      const date = new Date(Date.UTC(2000, month, day));
      date.setUTCFullYear(year);
      return date.getTime();
    };
    const years = timeTicks(utcScale(at(-2), at(3), [0, 800])).ticks.map((t) => t.label);
    expect(years).toEqual(["3 BCE", "2 BCE", "1 BCE", "1", "2", "3"]);
    const months = timeTicks(utcScale(at(99, 1), at(99, 6), [0, 800])).ticks.map((t) => t.label);
    expect(months[0]).toBe("Feb 99");
    const centuries = timeTicks(utcScale(at(500), at(1500), [0, 800])).ticks.map((t) => t.label);
    expect(centuries.slice(0, 2)).toEqual(["500", "600"]);
    // Days of year 1: its first tick, "Feb 1", does not name the year 1 by its day, so it gets the year.
    const days = timeTicks(utcScale(at(1, 1, 1), at(1, 1, 10), [0, 800])).ticks.map((t) => t.label);
    expect(days[0]).toBe("Feb 1, 1");
  });
});
