import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { showColors } from "../../src/model/showColors.ts";
import { subsetDataset } from "../../src/model/subsetDataset.ts";
import { dataset, event } from "./timeline/build.ts";

describe("Save JSON of a filtered view", () => {
  const whole = {
    ...dataset([
      event("a", { citations: [{ source: "deadline", quote: "A." }] }),
      event("b", { relations: [{ type: "after", event: "a" }], note: "Seen in May." }),
      event("c", { relations: [{ type: "before", event: "b" }] }),
    ]),
    $schema: "./timeline.schema.json",
    title: "Mine",
  };

  it("stays valid: relations to events left out are dropped, and the file says so", () => {
    const saved = subsetDataset(whole, new Set(["b", "c"]));
    expect(parseDataset(saved).problems).toEqual([]);
    expect(saved.events.map((e) => e.id)).toEqual(["b", "c"]);
    expect(saved.events[0]?.relations).toEqual([]);
    expect(saved.events[0]?.note).toBe(
      'Seen in May. Saved from a filtered view: left out its relation "after a" to events outside the selection.',
    );
    expect(saved.events[1]?.relations).toEqual([{ type: "before", event: "b" }]);
    expect(saved.title).toBe("Mine (a selection: 2 of 3 events)");
    // Only the sources still cited.
    expect(saved.sources.map((s) => s.id)).toEqual(["variety"]);
    expect(saved).not.toHaveProperty("$schema");
  });

  it("stays valid: a claim's relations to events left out are dropped too, and named in the note", () => {
    const claimed = dataset([
      event("a"),
      event("b"),
      event("c", {
        citations: [
          {
            source: "variety",
            quote: "C comes after A and B.",
            claim: {
              relations: [
                { type: "after", event: "a" },
                { type: "after", event: "b" },
              ],
            },
          },
        ],
      }),
    ]);
    expect(parseDataset(claimed).problems).toEqual([]);
    const saved = subsetDataset(claimed, new Set(["b", "c"]));
    expect(parseDataset(saved).problems).toEqual([]);
    expect(saved.events[1]?.citations[0]?.claim?.relations).toEqual([{ type: "after", event: "b" }]);
    expect(saved.events[1]?.note).toBe(
      'Saved from a filtered view: left out its relation "after a" to events outside the selection.',
    );
  });

  it("leaves out an order-only claim whose every order is left out: saved, it would read back as the event's own date", () => {
    const ordered = dataset([
      event("a"),
      event("b", {
        relations: [{ type: "after", event: "a" }],
        citations: [
          { source: "deadline", quote: "B in 2021." },
          { source: "variety", quote: "B after A.", claim: { relations: [{ type: "after", event: "a" }] } },
        ],
      }),
    ]);
    const saved = subsetDataset(ordered, new Set(["b"]));
    expect(parseDataset(saved).problems).toEqual([]);
    expect(saved.events[0]?.citations).toEqual([{ source: "deadline", quote: "B in 2021." }]);
    expect(saved.sources.map((s) => s.id)).toEqual(["deadline"]);
    // The event's relation and the claim's are one: named once. The quote that went is said, and by whom.
    expect(saved.events[0]?.note).toBe(
      'Saved from a filtered view: left out its relation "after a" to events outside the selection. Left out with it: 1 quote that gave only that order (Variety).',
    );
    // An event whose every quote was such a claim keeps them (it needs one), each as what it now says: no
    // date given (which a CSV writes as "unknown", not as the event's own date).
    const only = dataset([
      event("a"),
      event("b", {
        citations: [
          { source: "variety", quote: "B after A.", claim: { relations: [{ type: "after", event: "a" }] } },
        ],
      }),
    ]);
    const kept = subsetDataset(only, new Set(["b"]));
    expect(parseDataset(kept).problems).toEqual([]);
    expect(kept.events[0]?.citations).toEqual([
      { source: "variety", quote: "B after A.", claim: { start: null } },
    ]);
  });

  it("stays valid when the note would pass its 2,000 characters: it names fewer relations", () => {
    const many = Array.from({ length: 100 }, (_, i) => event(`far-away-event-with-a-long-id-${i}`));
    const related = event("z", {
      note: "N".repeat(1_500),
      relations: many.map((e) => ({ type: "after" as const, event: e.id })),
    });
    const saved = subsetDataset(dataset([...many, related]), new Set(["z"]));
    expect(parseDataset(saved).problems).toEqual([]);
    const note = saved.events[0]?.note ?? "";
    expect(note.length).toBeLessThanOrEqual(2_000);
    expect(note).toMatch(/^N{1500} Saved from a filtered view: left out its relations "after far-away-event/);
    expect(note).toMatch(/, \d+ more to events outside the selection\.$/);
    // A note already at its limit is cut short, and still says what was left out.
    const full = subsetDataset(dataset([...many, { ...related, note: "N".repeat(2_000) }]), new Set(["z"]));
    expect(parseDataset(full).problems).toEqual([]);
    expect(full.events[0]?.note).toMatch(
      /N… \(Saved from a filtered view: 100 relations to events outside it left out\.\)$/,
    );
  });

  it("a note of emoji at its limit is cut at a whole one: the saved file stays valid", () => {
    const full = dataset([
      event("a"),
      event("b", { note: "😀".repeat(1_000), relations: [{ type: "after", event: "a" }] }),
    ]);
    const saved = subsetDataset(full, new Set(["b"]));
    expect(parseDataset(saved).problems).toEqual([]);
    expect(saved.events[0]?.note).toMatch(
      /😀… \(Saved from a filtered view: 1 relation to events outside it left out\.\)$/,
    );
  });

  it("a note at its limit still says the quotes left out with the relations", () => {
    const full = dataset([
      event("a"),
      event("b", {
        note: "N".repeat(2_000),
        citations: [
          { source: "deadline", quote: "B in 2021." },
          { source: "variety", quote: "B after A.", claim: { relations: [{ type: "after", event: "a" }] } },
        ],
      }),
    ]);
    const saved = subsetDataset(full, new Set(["b"]));
    expect(parseDataset(saved).problems).toEqual([]);
    expect(saved.events[0]?.note).toMatch(
      /N… \(Saved from a filtered view: 1 relation to events outside it left out\. Left out with it: 1 quote\.\)$/,
    );
  });

  it("saves the whole dataset unchanged but for the schema address", () => {
    const { $schema: _, ...rest } = whole;
    void _;
    expect(subsetDataset(whole, new Set(["a", "b", "c"]))).toEqual(rest);
  });

  it("gives a show without a colour of its own the colour it was drawn in, when a show before it is left out", () => {
    const shows = [
      { id: "one", title: "One" },
      { id: "two", title: "Two" },
      { id: "three", title: "Three", color: "#123456" },
    ];
    const threeShows = {
      ...dataset([event("a", { show: "one" }), event("b", { show: "two" }), event("c", { show: "three" })]),
      shows,
    };
    const drawn = showColors(shows);
    const saved = subsetDataset(threeShows, new Set(["b", "c"]));
    expect(saved.shows).toEqual([
      { id: "two", title: "Two", color: drawn.get("two") },
      { id: "three", title: "Three", color: "#123456" },
    ]);
    // Opened again, each show is drawn as it was; a save of every show writes no colour.
    expect(showColors(saved.shows).get("two")).toBe(drawn.get("two"));
    expect(showColors(saved.shows).get("two")).not.toBe(showColors([{ id: "two", title: "Two" }]).get("two"));
    expect(subsetDataset(threeShows, new Set(["a", "b", "c"])).shows).toEqual(shows);
  });

  it("a selection of the bundled dataset by any show, or two, opens again with no problem", () => {
    const bundled = parseDataset(
      JSON.parse(readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8")),
    ).dataset;
    const shows = bundled.shows.map((show) => show.id);
    const pairs = shows.flatMap((a, i) => [[a], ...shows.slice(i + 1).map((b) => [a, b])]);
    for (const pair of pairs) {
      const keep = new Set(bundled.events.filter((e) => pair.includes(e.show)).map((e) => e.id));
      expect({ pair, problems: parseDataset(subsetDataset(bundled, keep)).problems }).toEqual({
        pair,
        problems: [],
      });
    }
  });
});
