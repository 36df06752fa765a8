import { describe, expect, it } from "vitest";
import { zoomAnchor } from "../../src/layout/zoomAnchor.ts";
import { item } from "./timeline/build.ts";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe("zoomAnchor(): the time a zoom about a focused item keeps in place", () => {
  it("is the day a release came by, for one known only by it (../2016-05-12), not the middle of its fade", () => {
    // The latest instant of 12 May: the end of that day.
    expect(zoomAnchor(item("a", { start: "../2016-05-12" }))).toBe(day(2016, 5, 13) - 1);
  });

  it("is the first day of one known only from a day on (2016-05-12/..)", () => {
    expect(zoomAnchor(item("a", { start: "2016-05-12/.." }))).toBe(day(2016, 5, 12));
  });

  it("is the middle of a milestone's month, and of a window from its start to its end", () => {
    expect(zoomAnchor(item("a", { start: "2016-06" }))).toBe((day(2016, 6, 1) + day(2016, 7, 1) - 1) / 2);
    expect(zoomAnchor(item("w", { kind: "filming", start: "2016-06", end: "2016-08" }))).toBe(
      (day(2016, 6, 1) + day(2016, 9, 1) - 1) / 2,
    );
  });

  it("is the start of a window not known to end, where its marker is", () => {
    expect(zoomAnchor(item("w", { kind: "filming", start: "2016-06-01" }))).toBe(
      (day(2016, 6, 1) + day(2016, 6, 2) - 1) / 2,
    );
  });

  it("is none for an undated item", () => {
    expect(zoomAnchor(item("u", { start: null }))).toBeNull();
  });
});
