import { describe, expect, it } from "vitest";
import { itemOverlays, type ItemOverlay } from "../../../src/model/itemOverlays.ts";
import { LIGHT } from "../../../src/model/chartPalette.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import {
  ACTUAL_Y,
  GHOST_Y,
  overlayName,
  overlayParts,
  shelfOverlayParts,
} from "../../../src/scene/overlayParts.ts";
import { cite, dataset, day, event } from "./build.ts";

// 2 May: "2017"; 11 May: "2016-10"; outcome (published 3 April 2017): filming began 3 April 2017.
const production = event(
  "jj2",
  [
    cite("may2", { claim: { start: "2017" } }),
    cite("may11", { claim: { start: "2016-10" } }),
    cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
  ],
  { start: "2016-10" },
);
const data = dataset([production]);

describe("itemOverlays()", () => {
  it("has nothing to draw beside an event before its second report", () => {
    expect(itemOverlays(data, day(2016, 5, 2)).get("jj2")).toBeUndefined();
  });

  it("keeps the claim a newer report replaced as a ghost, in words with its publisher", () => {
    const overlay = itemOverlays(data, day(2016, 5, 11)).get("jj2");
    expect(overlay?.ghosts.map((g) => g.words)).toEqual(["was 2017 (Publisher may2)"]);
    expect(overlay?.ghosts[0]?.start?.earliest).toBe(day(2017, 1, 1));
    expect(overlay?.actual).toBeNull();
  });

  it("hides the outcome until the day it is known, then gives it in words", () => {
    expect(itemOverlays(data, day(2017, 4, 2)).get("jj2")?.actual).toBeNull();
    const actual = itemOverlays(data, day(2017, 4, 3)).get("jj2")?.actual;
    expect(actual?.start?.earliest).toBe(day(2017, 4, 3));
    expect(actual?.words).toBe("started 3 April 2017 (Publisher later)");
  });
});

describe("itemOverlays(): orders that came out the other way", () => {
  // 2 May 2016: "a" before "b", said as an order alone. "a" began 3 April 2017 (the page of that day);
  // "b" in October 2016, told by a page of 17 January 2016 ahead of it, or, in the second case, only in 2017.
  const predicted = (type: "before" | "after") =>
    event("a", [
      cite("may2", { claim: { start: null, relations: [{ type, event: "b" }] } }),
      cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
    ]);
  const other = (outcomeFrom: string) =>
    event("b", [cite("may2"), cite(outcomeFrom, { claim: { start: "2016-10" }, outcome: true })], {
      kind: "filming",
      start: "2016-10",
    });

  it("says an order predicted that came out the other way, and who predicted it, after what happened", () => {
    const actual = itemOverlays(dataset([predicted("before"), other("early")]), Infinity).get("a")?.actual;
    expect(actual?.wrongOrders).toEqual(["Publisher may2 reported it before “Label b”: it came after"]);
    expect(actual?.words).toBe(
      "started 3 April 2017 (Publisher later); Publisher may2 reported it before “Label b”: it came after",
    );
  });

  it("says nothing of an order that came true", () => {
    const actual = itemOverlays(dataset([predicted("after"), other("early")]), Infinity).get("a")?.actual;
    expect(actual?.wrongOrders).toBeUndefined();
    expect(actual?.words).toBe("started 3 April 2017 (Publisher later)");
  });

  it("judges it by the other event's outcome known on the day, not one told later", () => {
    const told = dataset([predicted("before"), other("later")]);
    // Both outcomes are told on 3 April 2017 (the other's page prints that day): from then, not before.
    expect(itemOverlays(told, day(2017, 4, 2)).get("a")?.actual ?? null).toBeNull();
    expect(itemOverlays(told, day(2017, 4, 3)).get("a")?.actual?.wrongOrders).toHaveLength(1);
  });

  it("does not judge an order a page gave once one of the events had begun: it reported it", () => {
    const late = event("a", [
      cite("may2", { claim: { start: "2017" } }),
      cite("later", { claim: { start: null, relations: [{ type: "before", event: "b" }] } }),
      cite("later", { claim: { start: "2017-04-03" }, outcome: true, quote: "Another quote." }),
    ]);
    const actual = itemOverlays(dataset([late, other("early")]), Infinity).get("a")?.actual;
    expect(actual?.wrongOrders).toBeUndefined();
  });
});

describe("overlayParts()", () => {
  const [item] = timelineItems(dataset([{ ...production, start: "2016-10" }]));
  if (!item) throw new Error("no item");
  const overlay = itemOverlays(data, Infinity).get("jj2");
  if (!overlay) throw new Error("no overlay");
  // One px a day from 1 January 2016.
  const x = (ms: number) => (ms - day(2016, 1, 1)) / 86_400_000;
  const parts = (actual: boolean) => overlayParts(item, overlay, actual, x, [-1e6, 1e6], "#123456", LIGHT);

  it("draws the ghost above the bar over the year it gave", () => {
    const ghost = parts(false).find((p) => p.type === "rect" && p.y === GHOST_Y);
    expect(ghost).toMatchObject({ type: "rect", x: 366, fill: "#123456" });
    expect(parts(false).some((p) => p.type === "path")).toBe(false);
  });

  it("with the toggle, draws the outcome below the bar and the miss from the reported month to it", () => {
    const drawn = parts(true);
    // 3 April 2017 (day 458), a single day: a triangle under it, drawn at least 2 px wide.
    expect(drawn.find((p) => p.type === "path" && p.d.startsWith(`M0,${ACTUAL_Y}`))).toMatchObject({
      dx: 459,
    });
    // Reported: October 2016 (its last instant, just before day 305 of 2016); it happened 3 April 2017 (day 458).
    const miss = drawn.find((p) => p.type === "path" && p.dash === "2 2");
    expect(miss?.type === "path" && miss.d).toBe("M305,7 V12 H458");
  });

  it("says the ghosts and the outcome in the item's name only as drawn", () => {
    expect(overlayName("JJ2", overlay, false)).toBe("JJ2; was 2017 (Publisher may2)");
    expect(overlayName("JJ2", overlay, true)).toBe(
      "JJ2; was 2017 (Publisher may2); started 3 April 2017 (Publisher later)",
    );
  });
});

describe("overlayParts() of a window that began early and ended late", () => {
  // Reported (2 May) to run March to May 2016; it ran 20 February to 30 September (3 April 2017's page).
  const window = event(
    "w",
    [
      cite("may2", { claim: { start: "2016-03", end: "2016-05" } }),
      cite("later", { claim: { start: "2016-02-20", end: "2016-09-30" }, outcome: true }),
    ],
    { kind: "filming", start: "2016-03", end: "2016-05" },
  );
  const [item] = timelineItems(dataset([window]));
  const overlay = itemOverlays(dataset([window]), Infinity).get("w");
  const x = (ms: number) => (ms - day(2016, 1, 1)) / 86_400_000;

  it("draws a miss at each end: back from the reported start, on from the reported end", () => {
    if (!item || !overlay) throw new Error("nothing drawn");
    const misses = overlayParts(item, overlay, true, x, [-1e6, 1e6], "#123456", LIGHT).filter(
      (p) => p.type === "path" && p.dash === "2 2",
    );
    // 1 March is day 60 of 2016, 20 February ends at day 51; 31 May ends at day 152, 30 September is day 273.
    expect(misses.map((p) => p.type === "path" && p.d)).toEqual(["M60,7 V12 H51", "M152,7 V12 H273"]);
  });
});

describe("an undated item's outcome: shelfOverlayParts()", () => {
  // The newest report (11 May) leaves the event undated: it goes on the shelf. It happened on 3 April 2017.
  const shelved = event(
    "shelved",
    [
      cite("may2", { claim: { start: "2017" } }),
      cite("may11", { claim: { start: null } }),
      cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
    ],
    { start: null },
  );
  const shelvedData = dataset([shelved]);
  const overlayOn = (d: number) => itemOverlays(shelvedData, d).get("shelved");
  const under = (overlay: ItemOverlay, actual: boolean) =>
    shelfOverlayParts(overlay, 10, 30, "#123456", actual, LIGHT).filter(
      (p) => p.type === "path" && p.d.startsWith(`M0,${ACTUAL_Y}`),
    );

  it("puts the outcome's triangle under the shelf glyph, with the toggle only, and says its day in the name", () => {
    const overlay = overlayOn(day(2017, 4, 4));
    if (!overlay) throw new Error("no overlay");
    expect(under(overlay, true)).toEqual([expect.objectContaining({ dx: 20 })]);
    expect(under(overlay, false)).toEqual([]);
    expect(overlayName("Filming", overlay, true)).toMatch(/3 April 2017/);
  });

  it("draws nothing before the outcome is known", () => {
    const overlay = overlayOn(day(2016, 5, 11));
    if (!overlay) throw new Error("no overlay");
    expect(overlay.actual).toBeNull();
    expect(under(overlay, true)).toEqual([]);
  });
});
