import { describe, expect, it } from "vitest";
import { edtfInterval } from "../../../src/dates/edtfInterval.ts";
import { changesOn } from "../../../src/model/changesOn.ts";
import { claimsAsOf } from "../../../src/model/claimsAsOf.ts";
import { firstReported } from "../../../src/model/firstReported.ts";
import { itemOverlay } from "../../../src/model/itemOverlays.ts";
import { outcomeWords } from "../../../src/model/outcomeWords.ts";
import { overlayMiss } from "../../../src/model/overlayMiss.ts";
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
    expect(overlayMiss(reported, overlay.actual)).toEqual({ type: "unmeasured" });
    expect(outcomeWords(filming, asOf)).toMatch(/^started March 2017/);
  });
});
