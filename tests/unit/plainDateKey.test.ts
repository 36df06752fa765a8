// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoizeDates } from "../../src/dates/memoizeDates.ts";
import { plainDateKey } from "../../src/dates/plainDateKey.ts";

/** The plain ISO forms, as edtfInterval.ts matches them. */
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

const digit = fc.constantFrom(..."0123456789");
const near = fc.constantFrom(..."0123456789-~?%/ Xx٣\u0000");
/** Texts in and near the plain forms: digits, dashes and qualifiers in every arrangement, and odd ones. */
const dateLike = fc.oneof(
  fc
    .tuple(
      fc.string({ unit: digit, minLength: 4, maxLength: 4 }),
      fc.option(fc.string({ unit: digit, minLength: 2, maxLength: 2 })),
      fc.option(fc.string({ unit: digit, minLength: 2, maxLength: 2 })),
      fc.constantFrom("", "~", "?", "%"),
    )
    .map(([y, m, d, q]) => `${y}${m === null ? "" : `-${m}${d === null ? "" : `-${d}`}`}${q}`),
  fc.string({ unit: near, maxLength: 12 }),
);

describe("plainDateKey()", () => {
  it("gives a key to exactly the texts of the plain forms", () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(plainDateKey(text) >= 0).toBe(PLAIN.test(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("gives two different plain texts two different keys", () => {
    const plain = dateLike.filter((text) => PLAIN.test(text));
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(plainDateKey(a) === plainDateKey(b)).toBe(a === b);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("memoizeDates()", () => {
  it("remembers each text's result, plain or not, and computes it once", () => {
    const seen: string[] = [];
    const length = memoizeDates((text: string) => {
      seen.push(text);
      return text.length;
    });
    for (const text of ["2016-05-11", "2016-05-11~", "2015-23", "2016-05-11", "2015-23", "2016"]) {
      expect(length(text)).toBe(text.length);
    }
    expect(seen).toEqual(["2016-05-11", "2016-05-11~", "2015-23", "2016"]);
  });
});
