import { textWidth } from "../scene/textWidth.ts";

/** A tick of the miss axis: its value, days; its place, px; its label, and the label's centre, px. */
export interface MissTick {
  readonly value: number;
  readonly x: number;
  readonly label: string;
  readonly labelX: number;
}

/** Ticks offered between 0 and the extremes, days: a week, a month, a year, then powers of ten. */
const STEPS = [7, 30, 365, ...Array.from({ length: 13 }, (_, k) => 10 ** (k + 3))];

/**
 * The miss axis's ticks, left to right: 0 and ±`extent` always, then ±7, ±30, ±365, ±1,000, … in turn, a
 * pair kept only where both labels clear every kept one by `gap` px (a miss of millions of days squeezes the
 * small ones together). Labels group their digits ("3,000,000") and are moved in to stay between `left` and
 * `right` whole. Widths are textWidth's estimate at `size` px, which errs wide.
 */
export function missTicks(
  extent: number,
  x: (miss: number) => number,
  room: { readonly left: number; readonly right: number; readonly size: number; readonly gap: number },
): MissTick[] {
  const tick = (value: number): MissTick => {
    const label = value.toLocaleString("en");
    const width = textWidth(label, room.size);
    const at = x(value);
    const labelX = Math.min(Math.max(at, room.left + width / 2), room.right - width / 2);
    return { value, x: Math.round(at * 10) / 10, label, labelX: Math.round(labelX * 10) / 10 };
  };
  const kept = [0, -extent, extent].filter((v, i, all) => all.indexOf(v) === i).map(tick);
  const clear = (a: MissTick, b: MissTick) =>
    Math.abs(a.labelX - b.labelX) >=
    (textWidth(a.label, room.size) + textWidth(b.label, room.size)) / 2 + room.gap;
  for (const step of STEPS) {
    if (step >= extent) break;
    const pair = [tick(-step), tick(step)];
    if (pair.every((t) => kept.every((k) => clear(t, k)))) kept.push(...pair);
  }
  return kept.sort((a, b) => a.value - b.value);
}
