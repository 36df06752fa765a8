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

/**
 * Ticks that adapt to the zoom: the finest of days, weeks, months, quarters and years whose ticks stand at
 * least `minSpacing` pixels apart. Years thin out (every 2, 5, 10…) when even they are too dense.
 */
export function timeTicks(
  scale: ScaleTime<number, number>,
  minSpacing = 64,
): { unit: TickUnit; ticks: Tick[] } {
  const [from, to] = scale.domain() as [Date, Date];
  const [x0, x1] = scale.range() as [number, number];
  const width = Math.abs(x1 - x0);
  const spanDays = (to.getTime() - from.getTime()) / 86_400_000;
  const pxPerDay = width / Math.max(spanDays, 1e-9);
  // The shortest length of each unit (February, a 90-day quarter), so that no two ticks stand closer.
  const shortestDays: Record<TickUnit, number> = { day: 1, week: 7, month: 28, quarter: 90, year: 365 };
  const chosen = CANDIDATES.find((c) => shortestDays[c.unit] * pxPerDay >= minSpacing) ?? YEARS;
  let interval: TimeInterval | null = chosen.interval;
  if (chosen.unit === "year") {
    const step =
      [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((n) => n * 365 * pxPerDay >= minSpacing) ?? 1000;
    interval = step === 1 ? utcYear : utcYear.every(step);
  }
  const dates = interval ? interval.range(from, new Date(to.getTime() + 1)) : [];
  const ticks = dates.map((date) => ({
    time: date.getTime(),
    x: scale(date),
    label: chosen.label(date),
    major: chosen.major(date),
  }));
  // Zoomed into one year, no tick would name it: the first one does.
  const firstDate = dates[0];
  const firstTick = ticks[0];
  if (firstDate && firstTick && !firstTick.label.includes(year(firstDate))) {
    ticks[0] = { ...firstTick, label: withYear(chosen.unit, firstDate, firstTick.label) };
  }
  return { unit: chosen.unit, ticks };
}
