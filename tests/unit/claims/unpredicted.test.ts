import { describe, expect, it } from "vitest";
import { edtfInterval } from "../../../src/dates/edtfInterval.ts";
import { changesOn } from "../../../src/model/changesOn.ts";
import { claimsAsOf } from "../../../src/model/claimsAsOf.ts";
import { firstReported } from "../../../src/model/firstReported.ts";
import { itemOverlay } from "../../../src/model/itemOverlays.ts";
import { outcomeWords } from "../../../src/model/outcomeWords.ts";
import { overlayMisses } from "../../../src/model/overlayMiss.ts";
import { cite, dataset, day, event, sourceMap } from "./build.ts";

// Filming no page predicted: a page of 3 April 2017 says it began in March 2017.
const filming = event("f", [cite("later", { claim: { start: "2017-03" }, outcome: true })], {
  kind: "filming",
  start: "2017-03",
});
const data = dataset([filming]);

describe("an event no page predicted, cited only by what happened", () => {
  it("is first shown, and said to be reported, on its outcome's day", () => {
    expect(firstReported(filming, data)).toBe(day(2017, 4, 3));
  });

  it("is listed in What changed by what happened, with no report set beside it", () => {
    expect(changesOn(data, day(2017, 4, 3)).map((c) => [c.kind, c.parts.words])).toEqual([
      ["outcome", "started March 2017"],
    ]);
  });

  it("has no miss against a report, and its words say only what happened", () => {
    const asOf = claimsAsOf(filming, sourceMap(), Infinity);
    const overlay = itemOverlay(filming, asOf);
    expect(overlay?.actual).toMatchObject({ unpredicted: true });
    const reported = { start: edtfInterval("2017-03"), end: null };
    if (!overlay?.actual) throw new Error("no outcome drawn");
    expect(overlayMisses(reported, overlay.actual)).toEqual([{ type: "unmeasured" }]);
    expect(outcomeWords(filming, asOf)).toMatch(/^started March 2017/);
  });
});

// Filming predicted only by a page that prints no date, and reported done on 3 April 2017.
const undatedOnly = event(
  "u",
  [
    cite("undated", { claim: { start: "2017" } }),
    cite("later", { claim: { start: "2017-03" }, outcome: true }),
  ],
  { kind: "filming", start: "2017" },
);
const undatedData = dataset([undatedOnly]);

describe("an event whose only prediction is on an undated page, cited by what happened", () => {
  it("is first shown on its outcome's day, the day Next report steps to", () => {
    expect(firstReported(undatedOnly, undatedData)).toBe(day(2017, 4, 3));
    expect(claimsAsOf(undatedOnly, sourceMap(), day(2017, 4, 2))).toEqual({ state: "unreported" });
  });

  it("is shown that day as no dated page had it, not announced, with what happened beside it", () => {
    const asOf = claimsAsOf(undatedOnly, sourceMap(), day(2017, 4, 3));
    expect(asOf).toMatchObject({ state: "reported", start: null, end: null, current: null });
    expect(asOf.state === "reported" && asOf.actual).toEqual({ start: "2017-03", end: null });
    expect(changesOn(undatedData, day(2017, 4, 3)).map((c) => [c.kind, c.parts.words])).toEqual([
      ["outcome", "started March 2017"],
    ]);
  });

  it("takes its own date, the undated page's, only as it turned out", () => {
    expect(claimsAsOf(undatedOnly, sourceMap(), Infinity)).toMatchObject({ start: "2017", current: "own" });
  });
});
