import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/data/jsonSchema.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";

type Json = {
  shows: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  events: (Record<string, unknown> & { citations: Record<string, unknown>[] })[];
};
const bundled = readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8");
const editor = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(jsonSchema()));

/** The bundled dataset with one change: whether an editor's check refuses it, and whether the app finds a problem. */
function verdicts(change: (json: Json) => void): { readonly editor: boolean; readonly app: boolean } {
  const json = JSON.parse(bundled) as Json;
  change(json);
  const { problems } = parseDataset(json, { fastPath: false });
  return { editor: !editor(json), app: problems.length > 0 };
}

const release = (json: Json) => json.events.find((e) => e.kind === "release")!;
const filming = (json: Json) => json.events.find((e) => e.kind === "filming")!;

describe("the JSON Schema editors read agrees with the app", () => {
  it("accepts the bundled dataset, as the app does", () => {
    expect(verdicts(() => undefined)).toEqual({ editor: false, app: false });
  });

  it.each<[string, (json: Json) => void]>([
    ["an address's scheme in capitals", (j) => void (j.sources[0]!["url"] = "HTTPS://variety.com/st2")],
    ["a label of spaces only", (j) => void (j.events[0]!["label"] = "   ")],
    ["a label with spaces around it", (j) => void (j.events[0]!["label"] = " S2 filming  ")],
    ["an end on a release", (j) => void (release(j)["end"] = "2017-11")],
    ["an end of null on a release", (j) => void (release(j)["end"] = null)],
    ["an end without a start", (j) => void Object.assign(filming(j), { start: null, end: "2016-08" })],
    ["an outcome without its date", (j) => void (j.events[0]!.citations[0]!["outcome"] = true)],
    ["a user before an address's host", (j) => void (j.sources[0]!["url"] = "https://a@b.com/x")],
    ["a javascript: address", (j) => void (j.sources[0]!["url"] = "javascript:alert(1)")],
    ["an address with its sentence's ).", (j) => void (j.sources[0]!["url"] = "https://variety.com/st2).")],
    ["an address cut short", (j) => void (j.sources[0]!["url"] = "https://variety.com/st2…")],
    ["a page's own full stop", (j) => void (j.sources[0]!["url"] = "https://x.org/wiki/S.H.I.E.L.D.")],
    ["a page's own brackets", (j) => void (j.sources[0]!["url"] = "https://x.org/wiki/D_(TV_series)")],
    ["a publication span of two days", (j) => void (j.sources[0]!["publishedWithin"] = "10-13 May 2016")],
    ["a season of 1001", (j) => void (j.events[0]!["season"] = 1001)],
    ["a claim's end on a release", (j) => void (release(j).citations[0]!["claim"] = { end: "2016-08" })],
    ["a show's colour #fff", (j) => void (j.shows[0]!["color"] = "#fff")],
  ])("on %s", (_name, change) => {
    const { editor: refusedThere, app } = verdicts(change);
    expect(refusedThere).toBe(app);
  });

  it("accepts an outcome giving a window's end alone, as the app does", () => {
    const outcome = verdicts((j) => {
      Object.assign(filming(j).citations[0]!, { outcome: true, claim: { end: "2016-04" } });
    });
    expect(outcome).toEqual({ editor: false, app: false });
  });

  it.each<[string, (json: Json) => void]>([
    ["a date EDTF cannot draw", (j) => void (j.events[0]!["start"] = "May 2016")],
    ["an unknown show", (j) => void (j.events[0]!["show"] = "nope")],
    ["an invisible character", (j) => void (j.events[0]!["label"] = "S2\u200Bfilming")],
    [
      "a publication span without its day",
      (j) => void (j.sources[0]!["publishedWithin"] = "2010-01-01/2010-01-02"),
    ],
  ])("leaves %s to check:data, which refuses it", (_name, change) => {
    expect(verdicts(change)).toEqual({ editor: false, app: true });
  });
});
