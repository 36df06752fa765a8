import { describe, expect, it } from "vitest";
import { datasetFileStem } from "../../src/model/datasetFileStem.ts";

describe("datasetFileStem()", () => {
  it("names the bundled dataset's files 'timeline'", () => {
    expect(datasetFileStem("/data/timeline.json")).toBe("timeline");
  });

  it("names a file opened on the page after it, without its extension", () => {
    expect(datasetFileStem("local:1:my-timeline.csv")).toBe("my-timeline");
    expect(datasetFileStem("local:12:Marvel shows (2016).TSV")).toBe("Marvel shows (2016)");
    expect(datasetFileStem("local:2:notes.v2.json")).toBe("notes.v2");
  });

  it("names a dataset by address after the file its path ends in", () => {
    expect(datasetFileStem("https://example.com/data/marvel.json?v=2")).toBe("marvel");
    expect(datasetFileStem("/fixtures/my%20sheet.csv")).toBe("my sheet");
  });

  it("takes 'timeline' when the address names no file, and never a name a system refuses", () => {
    expect(datasetFileStem("https://example.com/")).toBe("timeline");
    expect(datasetFileStem("local:3:.json")).toBe("timeline");
    expect(datasetFileStem("local:4:a:b*c?.csv")).toBe("a-b-c-");
    expect(datasetFileStem("/x/%E0%A4%A.json")).toBe("timeline");
    expect(datasetFileStem("data:application/json,{}")).toBe("timeline");
    expect(datasetFileStem("local:5:CON.csv")).toBe("CON-timeline");
    expect(datasetFileStem("local:6:notes. .csv")).toBe("notes");
    // Cut at 100 characters, whole ones: no half of an emoji.
    expect(datasetFileStem(`local:7:a${"😀".repeat(120)}.json`)).toBe(`a${"😀".repeat(99)}`);
  });
});
