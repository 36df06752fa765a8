import {
  utcDayOfMonth,
  utcFullDay,
  utcMonthDay,
  utcMonthShort,
  utcMonthYear,
  utcYear as yearLabel,
} from "./utcLabels.ts";
import type { ScaleTime } from "d3-scale";
import { utcDay, utcMonth, utcMonday, utcYear, type TimeInterval } from "d3-time";

export interface Tick {
  /** The tick's instant in ms: a stable key while the zoom moves it. */
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** The first tick of a larger unit (a year among quarters, a month among weeks): drawn stronger. */
  readonly major: boolean;
}

export type TickUnit = "year" | "quarter" | "month" | "week" | "day";

interface Candidate {
  readonly unit: TickUnit;
  readonly interval: TimeInterval;
  readonly label: (date: Date) => string;
  readonly major: (date: Date) => boolean;
}

const year = yearLabel;
const month = utcMonthShort;
const monthDay = utcMonthDay;
const day = utcDayOfMonth;
const quarterly = utcMonth.every(3) ?? utcMonth;
const fullDay = utcFullDay;
const monthYear = utcMonthYear;

function withYear(unit: TickUnit, date: Date, label: string): string {
  if (unit === "day" || unit === "week") return fullDay(date);
  if (unit === "month") return monthYear(date);
  return `${label} ${year(date)}`;
}

const YEARS: Candidate = { unit: "year", interval: utcYear, label: year, major: () => true };

const CANDIDATES: readonly Candidate[] = [
  {
    unit: "day",
    interval: utcDay,
    label: (d) => (d.getUTCDate() === 1 ? monthDay(d) : day(d)),
    major: (d) => d.getUTCDate() === 1,
  },
  { unit: "week", interval: utcMonday, label: monthDay, major: (d) => d.getUTCDate() <= 7 },
  {
    unit: "month",
    interval: utcMonth,
    label: (d) => (d.getUTCMonth() === 0 ? year(d) : month(d)),
    major: (d) => d.getUTCMonth() === 0,
  },
  {
    unit: "quarter",
    interval: quarterly,
    label: (d) => (d.getUTCMonth() === 0 ? year(d) : `Q${d.getUTCMonth() / 3 + 1}`),
    major: (d) => d.getUTCMonth() === 0,
  },
  YEARS,
];

/** The shortest length of each unit (February, a 90-day quarter), so that no two ticks stand closer. */
const SHORTEST_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 28, quarter: 90, year: 365 };
/** The longest: a view of two of them holds at least two ticks. */
const LONGEST_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/** The ticks a zoom level gets: a unit, and for years how many a tick (1, 2, 5, 10…). */
export interface TickChoice {
  readonly unit: TickUnit;
  readonly step: number;
}

/**
 * The finest of days, weeks, months, quarters and years whose ticks stand at least `minSpacing` pixels
 * apart at `pxPerDay`; years thin out (every 2, 5, 10… 10,000…) when even they are too dense. A plot
 * `plotWidth` px wide that holds less than two of that unit may show one tick of it (2 December 2016 to 31
 * January 2017: "2017" alone, which names no day): then the finer unit, whose ticks may stand a little closer
 * than asked (at least 0.6 of it: their labels are short, and the axis shows none that would run into
 * another).
 */
export function tickChoice(pxPerDay: number, minSpacing: number, plotWidth: number): TickChoice {
  const at = CANDIDATES.findIndex((c) => SHORTEST_DAYS[c.unit] * pxPerDay >= minSpacing);
  const fit = CANDIDATES[at] ?? YEARS;
  const finer = at > 0 ? CANDIDATES[at - 1] : undefined;
  const sparse =
    finer !== undefined &&
    LONGEST_DAYS[fit.unit] * pxPerDay * 2 > plotWidth &&
    SHORTEST_DAYS[finer.unit] * pxPerDay >= minSpacing * 0.6;
  const chosen = sparse ? finer : fit;
  if (chosen.unit !== "year") return { unit: chosen.unit, step: 1 };
  // 1, 2, 5, 10, 20, 50… without end: stopped at 1000, a span of years 1 to 9999 on a phone piled its labels.
  let step = 1;
  for (let i = 0; step * 365 * pxPerDay < minSpacing && step < 1e9; i++) step *= i % 3 === 1 ? 2.5 : 2;
  return { unit: "year", step };
}

/** A tick's label that names its year too, for the first tick in view when no tick would name it. */
export function labelWithYear(tick: Tick, unit: TickUnit): string {
  const date = new Date(tick.time);
  // A tick names its year only as its whole label ("2016", or "1" for year 1: a day's "Feb 1" does not).
  return tick.label === year(date) ? tick.label : withYear(unit, date, tick.label);
}

/** The ticks of `choice` across the scale's domain, at the scale's x, none of them named with its year. */
export function ticksOf(scale: ScaleTime<number, number>, choice: TickChoice): Tick[] {
  const [from, to] = scale.domain() as [Date, Date];
  const candidate = CANDIDATES.find((c) => c.unit === choice.unit) ?? YEARS;
  const interval: TimeInterval | null =
    choice.unit !== "year" ? candidate.interval : choice.step === 1 ? utcYear : utcYear.every(choice.step);
  const dates = interval ? interval.range(from, new Date(to.getTime() + 1)) : [];
  return dates.map((date) => ({
    time: date.getTime(),
    x: scale(date),
    label: candidate.label(date),
    major: candidate.major(date),
  }));
}

/** Pixels per day on a scale. */
export function pxPerDayOf(scale: ScaleTime<number, number>): number {
  const [from, to] = scale.domain() as [Date, Date];
  const [x0, x1] = scale.range() as [number, number];
  const spanDays = (to.getTime() - from.getTime()) / 86_400_000;
  return Math.abs(x1 - x0) / Math.max(spanDays, 1e-9);
}

/**
 * Ticks that adapt to the zoom: the finest of days, weeks, months, quarters and years whose ticks stand at
 * least `minSpacing` pixels apart. Years thin out (every 2, 5, 10…) when even they are too dense.
 */
export function timeTicks(
  scale: ScaleTime<number, number>,
  minSpacing = 64,
  plotWidth = Math.abs((scale.range()[1] ?? 0) - (scale.range()[0] ?? 0)),
): { unit: TickUnit; ticks: Tick[] } {
  const choice = tickChoice(pxPerDayOf(scale), minSpacing, plotWidth);
  let ticks = ticksOf(scale, choice);
  // A plot too narrow for two ticks can hold none of its step's (every 5 years over 3, as on a phone at
  // 400%): one year's tick, mid-plot, still says where it is.
  if (!ticks[0]) {
    const years = ticksOf(scale, { unit: "year", step: 1 });
    ticks = years.splice(years.length >> 1, 1);
  }
  // Zoomed into one year, no tick would name it: the first one does.
  const first = ticks[0];
  if (first) ticks[0] = { ...first, label: labelWithYear(first, choice.unit) };
  return { unit: choice.unit, ticks };
}
