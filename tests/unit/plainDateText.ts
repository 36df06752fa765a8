import fc from "fast-check";

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Plain ISO text, real day or not: years 0–9999, months 0–13, days 0–32, any qualifier. */
export const plainDateText = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
    fc.constantFrom("", "~", "?", "%"),
  )
  .map(([y, m, d, q]) =>
    m === undefined
      ? `${pad(y, 4)}${q}`
      : d === undefined
        ? `${pad(y, 4)}-${pad(m, 2)}${q}`
        : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${q}`,
  );
