import { describe, expect, it } from "vitest";
import { counted } from "../../src/model/counted.ts";

describe("counted()", () => {
  it("says one thing in the singular and any other number in the plural, with its digits grouped", () => {
    expect(counted(1, "event")).toBe("1 event");
    expect(counted(0, "event")).toBe("0 events");
    expect(counted(20_000, "claim")).toBe("20,000 claims");
    expect(counted(2, "entry", "entries")).toBe("2 entries");
  });
});
