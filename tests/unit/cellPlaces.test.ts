import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLUMNS, fieldOf, type ColumnLevel } from "../../src/data/csvLayout.ts";
import {
  cellPlaces,
  type CellPlace,
  type PlacedEvent,
  type PlacedGroup,
} from "../../src/model/cellPlaces.ts";
import { csvToDataset } from "../../src/model/csvToDataset.ts";

// A sheet of two events: the first from rows 2 and 3 (its end given on row 3), the second from row 4, whose
// source is named by id.
const places = cellPlaces(
  new Map([["shows[0]", { row: 1, column: "#show" }]]),
  [
    {
      row: 2,
      rowOf: new Map([
        ["url", 2],
        ["publisher", 3],
      ]),
      rows: [2, 3],
    },
  ],
  [
    {
      row: 2,
      rowOf: new Map([
        ["id", 2],
        ["end", 3],
      ]),
      rows: [2, 3],
      citations: [
        { row: 2, sourceColumn: "url" },
        { row: 3, sourceColumn: "url" },
      ],
    },
    {
      row: 4,
      rowOf: new Map([["id", 4]]),
      rows: [4],
      citations: [{ row: 4, sourceColumn: "source id" }],
    },
  ],
);

describe("cellPlaces()", () => {
  it("puts an event at its rows' label cells, and each field at the row that gave it", () => {
    expect(places.get("events[0]")).toEqual({ row: 2, column: "label", rows: [2, 3] });
    expect(places.get("events[0].end")).toEqual({ row: 3, column: "end" });
    expect(places.get("events[0].id")).toEqual({ row: 2, column: "event id" });
  });

  it("names a field no row gave at its column, on the event's first row", () => {
    expect(places.get("events[1].show")).toEqual({ row: 4, column: "show" });
    expect(places.get("events[1].relations")).toEqual({ row: 4, column: "relations" });
  });

  it("puts a citation at its own row: its quote, its claim's cells, and the cell that named its source", () => {
    expect(places.get("events[0].citations[1]")).toEqual({ row: 3, column: "quote" });
    expect(places.get("events[0].citations[1].claim.start")).toEqual({ row: 3, column: "claim start" });
    // An outcome with no date at all: the cell to write it in.
    expect(places.get("events[0].citations[1].claim")).toEqual({ row: 3, column: "claim start" });
    expect(places.get("events[0].citations[0].source")).toEqual({ row: 2, column: "url" });
    expect(places.get("events[1].citations[0].source")).toEqual({ row: 4, column: "source id" });
  });

  it("puts a source at its rows' url cells, and its fields at their rows", () => {
    expect(places.get("sources[0]")).toEqual({ row: 2, column: "url", rows: [2, 3] });
    expect(places.get("sources[0].publisher")).toEqual({ row: 3, column: "publisher" });
    expect(places.get("sources[0].id")).toEqual({ row: 2, column: "source id" });
  });

  it("keeps the rows above the header as given", () => {
    expect(places.get("shows[0]")).toEqual({ row: 1, column: "#show" });
  });

  it("has no cell for what no cell holds: a part of a field, an index out of range, another level's field", () => {
    for (const path of [
      "events[0].citations",
      "events[0].claim",
      "events[0].citations[0].claim.what",
      "events[0].relations[0]",
      "events[0].citations[2]",
      "events[2]",
      "sources[1]",
      "sources[0].quote",
      "events[0].url",
      "events[0].citations[0].label",
      "title",
    ]) {
      expect(places.get(path), path).toBeUndefined();
    }
  });
});

it("csvToDataset() places a problem in a sheet of 2,000 rows at its row, found when asked", () => {
  const header = "show,season,kind,label,start,url,quote";
  const rows = Array.from(
    { length: 2000 },
    (_, i) => `Show ${i % 7},1,release,Release ${i},2016-01-01,https://example.com/${i},said ${i}`,
  );
  const { json, places: sheet } = csvToDataset([header, ...rows].join("\n"));
  expect((json["events"] as unknown[]).length).toBe(2000);
  expect(sheet.get("events[1999].start")).toEqual({ row: 2001, column: "start" });
  expect(sheet.get("events[1999].citations[0].source")).toEqual({ row: 2001, column: "url" });
  expect(sheet.get("sources[1999].url")).toEqual({ row: 2001, column: "url" });
});

// The rule as it was written before places were found lazily: every field's path made up front.
function placedUpFront(
  sources: readonly PlacedGroup[],
  events: readonly PlacedEvent[],
): Map<string, CellPlace> {
  const places = new Map<string, CellPlace>();
  const place = (path: string, row: number, column: string) => places.set(path, { row, column });
  const placeColumns = (level: ColumnLevel, prefix: string, rowOf: (field: string) => number | undefined) => {
    for (const column of COLUMNS) {
      const from = column.level === level ? rowOf(fieldOf(column)) : undefined;
      if (from !== undefined) place(`${prefix}.${column.key}`, from, column.header);
    }
  };
  sources.forEach(({ row, rowOf, rows }, s) => {
    places.set(`sources[${s}]`, { row, column: "url", rows });
    placeColumns("source", `sources[${s}]`, (field) => rowOf.get(field) ?? row);
  });
  events.forEach(({ row, rowOf, rows, citations }, e) => {
    places.set(`events[${e}]`, { row, column: "label", rows });
    placeColumns("event", `events[${e}]`, (field) => rowOf.get(field) ?? row);
    citations.forEach(({ row: from, sourceColumn }, c) => {
      place(`events[${e}].citations[${c}]`, from, "quote");
      place(`events[${e}].citations[${c}].source`, from, sourceColumn);
      place(`events[${e}].citations[${c}].claim`, from, "claim start");
      placeColumns("citation", `events[${e}].citations[${c}]`, () => from);
    });
  });
  return places;
}

it("cellPlaces() finds every path that making them all up front made, at the same cell, and no other", () => {
  const fields = [...new Set(COLUMNS.map(fieldOf))];
  const group = fc.record({
    row: fc.integer({ min: 2, max: 50 }),
    rowOf: fc
      .array(fc.tuple(fc.constantFrom(...fields), fc.integer({ min: 2, max: 50 })), { maxLength: 6 })
      .map((pairs) => new Map(pairs)),
    rows: fc.array(fc.integer({ min: 2, max: 50 }), { minLength: 1, maxLength: 4 }),
  });
  const citation = fc.record({
    row: fc.integer({ min: 2, max: 50 }),
    sourceColumn: fc.constantFrom("url", "source id"),
  });
  const event = fc
    .tuple(group, fc.array(citation, { minLength: 1, maxLength: 3 }))
    .map(([g, citations]) => ({ ...g, citations }));
  fc.assert(
    fc.property(fc.array(group, { maxLength: 3 }), fc.array(event, { maxLength: 3 }), (sources, events) => {
      const lazy = cellPlaces(new Map(), sources, events);
      const made = placedUpFront(sources, events);
      for (const [path, place] of made) expect(lazy.get(path), path).toEqual(place);
      // Paths that name no cell: a field of another level, one past the end, a part of a field.
      for (const path of [
        "sources[3]",
        "events[3]",
        "events[0].citations[3]",
        "events[0].claim",
        "events[0].citations[0].claim.what",
        "sources[0].quote",
      ])
        expect(lazy.get(path), path).toBe(made.get(path));
    }),
  );
});
