import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parseDataset.ts";
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

  it("saves the whole dataset unchanged but for the schema address", () => {
    const { $schema: _, ...rest } = whole;
    void _;
    expect(subsetDataset(whole, new Set(["a", "b", "c"]))).toEqual(rest);
  });
});
