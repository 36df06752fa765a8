import { describe, expect, it } from "vitest";
import { median } from "../../scripts/bench/median.mjs";

describe("the bench's median()", () => {
  it("gives the middle value of an odd count", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("gives the mean of the two middle values of an even count", () => {
    // loads.mjs used to print the upper one (803 here).
    expect(median([820, 793, 803, 760])).toBe(798);
  });

  it("leaves out what is not a finite number (a load that timed out), and has nothing for nothing", () => {
    expect(median([null, 4, Number.NaN, 2, undefined, Number.POSITIVE_INFINITY])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });
});
