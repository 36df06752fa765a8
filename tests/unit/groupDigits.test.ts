import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "../../src/model/groupDigits.ts";

describe("groupDigits()", () => {
  it("writes counts as the page's other counts are written: 19, 1,000, 100,000", () => {
    expect([19, 1_000, 100_000, 1_234_567].map(groupDigits)).toEqual(["19", "1,000", "100,000", "1,234,567"]);
  });

  it("agrees with toLocaleString('en') for every count (fast-check)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000_000_000 }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString("en"));
      }),
    );
  });
});
