// What d3-scale imports from d3-interpolate, for numbers only: the build hands it this module instead
// (vite.config.ts, D3_SCALE_STAND_INS). The chart's scales map dates to pixels, numbers to numbers, and
// d3's default interpolator also reads colours, strings, arrays and objects, which would bring d3-color
// and the rest of d3-interpolate (4 KiB gzip) into the page's first script. Any other range fails loudly.
// Nothing here imports d3-interpolate: sharing its module with d3-zoom's chunk would put it all back.

type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

function numbersOnly(what: string): never {
  throw new TypeError(`this build's d3-scale interpolates numbers only, not ${what}`);
}

/** d3's `interpolate` (interpolateValue) for two numbers; anything else throws. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  return typeof a === "number" && typeof b === "number"
    ? interpolateNumber(a, b)
    : numbersOnly(`${String(a)} to ${String(b)}`);
}

/** d3's `piecewise`: sequential and diverging scales, which this app does not use. */
export function piecewise(): never {
  return numbersOnly("piecewise ranges");
}
