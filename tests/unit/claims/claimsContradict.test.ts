import { describe, expect, it } from "vitest";
import { claimsContradict } from "../../../src/model/claimsContradict.ts";

const said = (type: "after" | "before" | "back-to-back", start?: string) => ({
  start: start ?? null,
  end: null,
  relations: [{ type, event: "y" }],
});

describe("claimsContradict()", () => {
  it("finds an order contradiction whichever of the two claims comes first", () => {
    for (const [a, b] of [
      ["after", "before"],
      ["back-to-back", "before"],
    ] as const) {
      expect(claimsContradict(said(a), said(b)), `${a} then ${b}`).toBe(true);
      expect(claimsContradict(said(b), said(a)), `${b} then ${a}`).toBe(true);
    }
  });

  it("finds none between orders that can both be true", () => {
    expect(claimsContradict(said("after"), said("back-to-back"))).toBe(false);
    expect(claimsContradict(said("back-to-back"), said("after"))).toBe(false);
    expect(claimsContradict(said("before"), said("before"))).toBe(false);
  });

  it("finds dates that cannot both be true, and not a narrower one", () => {
    expect(claimsContradict(said("after", "2016"), said("after", "2017-03"))).toBe(true);
    expect(claimsContradict(said("after", "2017"), said("after", "2017-03"))).toBe(false);
  });
});
