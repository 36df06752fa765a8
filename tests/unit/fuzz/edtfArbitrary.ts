import fc from "fast-check";

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");
const digit = fc.integer({ min: 0, max: 9 }).map(String);

/** A year, sometimes with X digits (201X), sometimes negative or out of range. */
const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1900, max: 2100 }).map((y) => pad(y, 4)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }).map((y) => `-${pad(y, 4)}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 190, max: 210 }), fc.constantFrom("X", ""))
      .map(([d, x]) => (x ? `${d}X` : `${d}${x}0`)),
  },
  { weight: 1, arbitrary: fc.constantFrom("19XX", "XXXX", "1XXX") },
);
const month = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => pad(m, 2)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 13 }).map((m) => pad(m, 2)) },
  { weight: 1, arbitrary: fc.constantFrom("XX", "1X", "0X") },
);
const day = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 28 }).map((d) => pad(d, 2)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 32 }).map((d) => pad(d, 2)) },
  { weight: 1, arbitrary: fc.constantFrom("XX", "1X", "3X", "2X") },
);
const qualifier = fc.constantFrom("", "", "", "~", "?", "%");

/** Level 0 and 1 dates: YYYY, YYYY-MM, YYYY-MM-DD, qualified as a whole, with X digits. */
const simpleDate = fc.oneof(
  fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
  fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
  fc.tuple(year, month, day, qualifier).map(([y, m, d, q]) => `${y}-${m}-${d}${q}`),
);

/** Level 2: a qualifier on a part (2016?-05~, ?2016-~05-11). */
const partlyQualified = fc
  .tuple(year, month, day, qualifier, qualifier, qualifier, fc.boolean())
  .map(([y, m, d, a, b, c, before]) =>
    before ? `${a}${y}-${b}${m}-${c}${d}` : `${y}${a}-${m}${b}-${d}${c}`,
  );

const dateTime = fc
  .tuple(
    year,
    month,
    day,
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom("Z", "", "+05:30", "-08:00"),
  )
  .map(([y, m, d, h, min, z]) => `${y}-${m}-${d}T${pad(h, 2)}:${pad(min, 2)}:${pad(min, 2)}${z}`);

/** Level 1 and 2 seasons, quarters and halves, 21–41, and some that are not. */
const season = fc
  .tuple(year, fc.integer({ min: 19, max: 43 }), qualifier)
  .map(([y, s, q]) => `${y}-${pad(s, 2)}${q}`);

/** Long years: Y170000002, Y-20000, exponents (Y17E7), significant digits (1950S2). */
const longYear = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "-"), fc.integer({ min: 10_000, max: 2_000_000_000 }))
    .map(([s, n]) => `Y${s}${n}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 12 })).map(([n, e]) => `Y${n}E${e}`),
  fc.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([n, s]) => `${n}S${s}`),
);

const point = fc.oneof(
  { weight: 6, arbitrary: simpleDate },
  { weight: 2, arbitrary: partlyQualified },
  { weight: 1, arbitrary: dateTime },
  { weight: 2, arbitrary: season },
  { weight: 1, arbitrary: longYear },
);

const end = fc.oneof({ weight: 6, arbitrary: point }, { weight: 1, arbitrary: fc.constantFrom("..", "") });
const interval = fc.tuple(end, end).map(([a, b]) => `${a}/${b}`);

/** A member of a set or list: one date, or a consecutive range (2016..2018), or an open one (..2016). */
const member = fc.oneof(
  { weight: 4, arbitrary: point },
  { weight: 2, arbitrary: fc.tuple(point, point).map(([a, b]) => `${a}..${b}`) },
);
const setOrList = fc
  .tuple(
    fc.constantFrom(["[", "]"], ["{", "}"]),
    fc.array(member, { minLength: 1, maxLength: 4 }),
    fc.constantFrom("", "..", ""),
    fc.constantFrom("", "..", ""),
  )
  .map(([[open, close], members, before, after]) => `${open}${before}${members.join(",")}${after}${close}`);

/** Near misses: digit runs (read as milliseconds by the library), stray text, spaces. */
const junk = fc.oneof(
  fc.array(digit, { minLength: 5, maxLength: 14 }).map((ds) => ds.join("")),
  fc.string({ maxLength: 12 }),
  fc.tuple(simpleDate, fc.constantFrom(" ", "T", "/", "..", "-", "Z")).map(([d, s]) => `${d}${s}`),
);

/** EDTF text across the grammar, levels 0–2, with near misses: for "refused with a message, or drawn". */
export const edtfText = fc.oneof(
  { weight: 5, arbitrary: point },
  { weight: 3, arbitrary: interval },
  { weight: 3, arbitrary: setOrList },
  { weight: 1, arbitrary: junk },
);
