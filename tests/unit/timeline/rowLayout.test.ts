import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/data/schema.ts";
import { rowLayout, type RowLayout } from "../../../src/layout/rowLayout.ts";
import { LAYOUT_OPTIONS, SHOWS, event, find, fourYears, items } from "./build.ts";

const x = fourYears();
const xAtFit = (ms: number) => x(ms);

const show = (id: string) => find(SHOWS, id);

const EVENTS: TimelineEvent[] = [
  // Daredevil: season 1 needs two lanes (the announcement falls inside the filming), season 2 one.
  event("dd-s1-filming", { kind: "filming", season: 1, start: "2014-07", end: "2014-12" }),
  event("dd-s1-announce", { kind: "announcement", season: 1, start: "2014-09-15" }),
  event("dd-s1-release", { season: 1, start: "2015-04-10" }),
  // Overlaps the season 1 release in time, but sits in its own band.
  event("dd-s2-filming", { kind: "filming", season: 2, start: "2015-03", end: "2015-12" }),
  event("dd-s2-release", { season: 2, start: "2016-03-18" }),
  // Luke Cage: one dated item without a season, five on the shelf (given out of id order).
  event("lc-release", { show: "luke-cage", start: "2016-09-30" }),
  ...["lc-e", "lc-a", "lc-d", "lc-b", "lc-c"].map((id) => event(id, { show: "luke-cage" })),
  event("if-release", { show: "iron-fist", season: 1, start: "2017-03-17" }),
];

function layout(shows = SHOWS): RowLayout {
  return rowLayout(items(EVENTS), shows, xAtFit, LAYOUT_OPTIONS);
}

const yOf = (result: RowLayout, id: string) => find(result.placed, id).y;

describe("rowLayout()", () => {
  it("rowLayout() gives one row per show in show order, and none to a show without items", () => {
    const result = layout([show("iron-fist"), show("luke-cage"), show("jessica-jones"), show("daredevil")]);
    expect(result.rows.map((row) => [row.show.id, row.count])).toEqual([
      ["iron-fist", 1],
      ["luke-cage", 6],
      ["daredevil", 5],
    ]);
  });

  it("rowLayout() places only the items of the shows it is given", () => {
    const result = layout([show("daredevil")]);
    expect(result.placed.map((p) => p.item.id).sort()).toEqual([
      "dd-s1-announce",
      "dd-s1-filming",
      "dd-s1-release",
      "dd-s2-filming",
      "dd-s2-release",
    ]);
    expect(result.placed.every((p) => p.row === 0)).toBe(true);
  });

  it("rowLayout() stacks a band per season, each packed into its own lanes", () => {
    const result = layout();
    const daredevil = result.rows[0];
    expect(daredevil?.show.id).toBe("daredevil");
    expect(daredevil?.seasons).toEqual([
      { label: "S1", y: 6, height: 40 },
      { label: "S2", y: 46, height: 20 },
    ]);
    expect(daredevil?.height).toBe(60 + 2 * 6);
    expect(
      Object.fromEntries(
        ["dd-s1-filming", "dd-s1-announce", "dd-s1-release", "dd-s2-filming", "dd-s2-release"].map((id) => [
          id,
          yOf(result, id),
        ]),
      ),
    ).toEqual({
      "dd-s1-filming": 16,
      "dd-s1-announce": 36,
      "dd-s1-release": 16,
      "dd-s2-filming": 56,
      "dd-s2-release": 56,
    });
  });

  it("rowLayout() gives the items of a show without seasons one unlabelled band", () => {
    const lukeCage = layout().rows.find((row) => row.show.id === "luke-cage");
    expect(lukeCage?.seasons).toEqual([{ label: "", y: 72 + 6, height: 20 }]);
  });

  it("rowLayout() puts undated items on the shelf in id order, wrapping at shelfColumns", () => {
    const result = layout();
    const shelf = result.placed
      .filter((p) => p.item.show.id === "luke-cage")
      .map((p) => [p.item.id, p.placement.at === "shelf" ? p.placement.column : null, p.y]);
    expect(shelf).toEqual([
      ["lc-release", null, 88],
      ["lc-a", 0, 88],
      ["lc-b", 1, 88],
      ["lc-c", 0, 108],
      ["lc-d", 1, 108],
      ["lc-e", 0, 128],
    ]);
    // Three lines of shelf make the row taller than its one dated lane.
    expect(result.rows[1]).toMatchObject({ y: 72, height: 3 * 20 + 2 * 6 });
  });

  it("rowLayout() stacks rows so that their heights add up to the height", () => {
    const result = layout();
    expect(result.rows.map((row) => [row.y, row.height])).toEqual([
      [0, 72],
      [72, 72],
      [144, 32],
    ]);
    expect(result.height).toBe(176);
  });

  it("rowLayout() keeps every placed lane inside its row box, padding included", () => {
    const result = layout();
    expect(result.placed).toHaveLength(EVENTS.length);
    for (const p of result.placed) {
      const row = result.rows[p.row];
      expect(row?.show.id).toBe(p.item.show.id);
      if (!row) continue;
      expect(p.y - LAYOUT_OPTIONS.laneHeight / 2).toBeGreaterThanOrEqual(row.y + LAYOUT_OPTIONS.rowPadding);
      expect(p.y + LAYOUT_OPTIONS.laneHeight / 2).toBeLessThanOrEqual(
        row.y + row.height - LAYOUT_OPTIONS.rowPadding,
      );
    }
  });

  it("rowLayout() gives an empty layout for no items", () => {
    expect(rowLayout([], SHOWS, xAtFit, LAYOUT_OPTIONS)).toEqual({
      rows: [],
      placed: [],
      rowPlaced: [],
      height: 0,
      tally: { shows: 0, undated: 0 },
    });
  });

  it("rowLayout() counts the shows that have items and the items with no announced date", () => {
    expect(layout().tally).toEqual({ shows: 3, undated: 5 });
    // Of all the items, the rows' shows or not.
    expect(layout([show("daredevil")]).tally).toEqual({ shows: 3, undated: 5 });
  });

  it("rowLayout() puts milestones on the same day in different lanes", () => {
    const result = rowLayout(
      items([
        event("release", { start: "2016-09-30" }),
        event("announcement", { kind: "announcement", start: "2016-09-30" }),
      ]),
      SHOWS,
      xAtFit,
      LAYOUT_OPTIONS,
    );
    expect([yOf(result, "announcement"), yOf(result, "release")]).toEqual([16, 36]);
  });

  it("rowLayout() keeps milestones a few marker widths apart in one lane", () => {
    const result = rowLayout(
      items([event("a", { start: "2016-09-01" }), event("b", { start: "2016-10-01" })]),
      SHOWS,
      xAtFit,
      LAYOUT_OPTIONS,
    );
    expect([yOf(result, "a"), yOf(result, "b")]).toEqual([16, 16]);
  });

  it("rowLayout() gives an open-ended window a lane of its own next to a milestone just after its start", () => {
    const result = rowLayout(
      items([
        event("filming", { kind: "filming", start: "2016-05-01" }),
        event("release", { start: "2016-05-05" }),
      ]),
      SHOWS,
      xAtFit,
      LAYOUT_OPTIONS,
    );
    expect([yOf(result, "filming"), yOf(result, "release")]).toEqual([16, 36]);
  });

  it("rowLayout() with until lays out the rows that start above it, to the pixel, and leaves out the rest", () => {
    const whole = layout();
    const [first, second] = whole.rows;
    if (!first || !second) throw new Error("the fixture has three rows");
    // Until a y inside the second row: the first two rows, as the whole layout has them.
    const cut = rowLayout(items(EVENTS), SHOWS, xAtFit, { ...LAYOUT_OPTIONS, until: second.y + 1 });
    expect(cut.rows).toEqual(whole.rows.slice(0, 2));
    expect(cut.placed).toEqual(whole.placed.filter((p) => p.row < 2));
    expect(cut.height).toBe(second.y + second.height);
    // Until the second row's top: the first row only; until 0, none.
    expect(rowLayout(items(EVENTS), SHOWS, xAtFit, { ...LAYOUT_OPTIONS, until: second.y }).rows).toEqual([
      first,
    ]);
    // The tally is of all the items, however many rows are laid out.
    expect(rowLayout(items(EVENTS), SHOWS, xAtFit, { ...LAYOUT_OPTIONS, until: 0 })).toEqual({
      rows: [],
      placed: [],
      rowPlaced: [],
      height: 0,
      tally: { shows: 3, undated: 5 },
    });
  });
});
