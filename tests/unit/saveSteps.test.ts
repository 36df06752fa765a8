// @vitest-environment node
// (Node's own Blob, which reads its text back; jsdom's does not.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema.ts";
import { blobSteps } from "../../src/model/blobSteps.ts";
import { datasetJsonSteps } from "../../src/model/datasetJsonSteps.ts";
import { datasetToCsv, datasetToCsvSteps } from "../../src/model/datasetToCsv.ts";
import { runSteps } from "../../src/model/runSteps.ts";
import { subsetDataset, subsetDatasetSteps } from "../../src/model/subsetDataset.ts";
import { claimsDatasetJson } from "../../scripts/bench/generate.mjs";

/** How many steps a save's work takes, and what it gives at the end. */
function stepsOf<T>(steps: Generator<unknown, T>): { count: number; value: T } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { count, value: next.value };
    count++;
  }
}

/** A Blob's bytes as UTF-8 text, a BOM kept (Blob.text() drops it). */
const textOf = async (blob: Blob) => Buffer.from(await blob.arrayBuffer()).toString("utf8");

const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8"),
) as Dataset;
const withClaims = JSON.parse(claimsDatasetJson(400, 3)) as Dataset;

describe("a save's work comes in steps the page can pause between", () => {
  it("the subset of the events shown: a step per event kept, the same dataset as at once", () => {
    const keep = new Set(withClaims.events.filter((_, i) => i % 3 === 0).map((e) => e.id));
    const { count, value } = stepsOf(subsetDatasetSteps(withClaims, keep, null));
    expect(count).toBe(keep.size);
    expect(value).toEqual(subsetDataset(withClaims, keep, null));
  });

  it("the CSV's rows: a step per event, the same text as at once", () => {
    const { count, value } = stepsOf(datasetToCsvSteps(withClaims));
    expect(count).toBe(withClaims.events.length);
    expect(value.rows.join("")).toBe(datasetToCsv(withClaims).csv);
  });

  it("the JSON: a step per event, and its pieces joined are JSON.stringify's text", () => {
    for (const dataset of [bundled, withClaims, { ...bundled, events: [] }]) {
      const { count, value } = stepsOf(datasetJsonSteps(dataset));
      expect(count).toBe(dataset.events.length);
      expect(value.join("")).toBe(JSON.stringify(dataset, null, 2));
    }
  });

  it("the JSON's pieces are JSON.stringify's text whatever the events and other keys hold", () => {
    const key = fc.string().filter((k) => k !== "events" && k !== "__proto__");
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), fc.array(fc.jsonValue()), (rest, events) => {
        const dataset = { ...rest, events } as unknown as Dataset;
        expect(runSteps(datasetJsonSteps(dataset)).join("")).toBe(JSON.stringify(dataset, null, 2));
      }),
    );
  });
});

describe("blobSteps() makes a file's text into a Blob a part at a time", () => {
  it("a step per part of 2^18 characters, and the file is the pieces joined", async () => {
    const row = "a,b,c,\u00e9t\u00e9\r\n";
    const pieces = Array.from({ length: 60_000 }, (_, i) => `${i}${row}`);
    const { count, value } = stepsOf(blobSteps(pieces, "text/csv"));
    const text = pieces.join("");
    expect(count).toBe(Math.floor(text.length / 2 ** 18));
    expect(value.type).toBe("text/csv");
    expect(await textOf(value)).toBe(text);
  });

  it("never cuts a surrogate pair in two, wherever a part would end", async () => {
    // An emoji is two UTF-16 units: with a one-unit lead, every other part's end falls inside one.
    for (const lead of ["", "x"]) {
      const text = lead + "\u{1F600}".repeat(2 ** 18 + 3);
      const blob = runSteps(blobSteps([text], "text/plain"));
      expect(await textOf(blob)).toBe(text);
    }
  });

  it("keeps the pieces' order across parts, a small text in one part with no step", async () => {
    const { count, value } = stepsOf(blobSteps(["\uFEFF", "id,label\r\n", "1,A\r\n"], "text/csv"));
    expect(count).toBe(0);
    expect(await textOf(value)).toBe("\uFEFFid,label\r\n1,A\r\n");
  });
});
