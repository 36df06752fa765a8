import { describe, expect, it } from "vitest";
import { datasetUrl } from "../../src/data/datasetUrl.ts";

const page = "https://timeline.example/?data=x";

describe("datasetUrl()", () => {
  it("loads the bundled dataset without ?data=", () => {
    expect(datasetUrl(null, page)).toEqual({ url: "/data/timeline.json" });
  });

  it("loads a path on the same site", () => {
    expect(datasetUrl("/fixtures/other.json", page)).toEqual({ url: "/fixtures/other.json" });
    expect(datasetUrl("data/other.json", page)).toEqual({ url: "/data/other.json" });
  });

  it.each(["\u0000", "/data/time\nline.json", "\t/data/other.json", "/data/other.json\u007F"])(
    "refuses a path with a control character (%j): no file is named so",
    (value) => {
      expect(datasetUrl(value, page).error).toMatch(/is not a path to a dataset/);
    },
  );

  it.each([
    "https://evil.example/x.json",
    "//evil.example/x.json",
    "javascript:alert(1)",
    "data:application/json,{}",
  ])("refuses %s", (value) => {
    expect(datasetUrl(value, page).error).toMatch(/must be a path on this site/);
  });
});

describe("datasetUrl() echoing ?data= back", () => {
  it("shows a direction override in the refused value as an escape, not as reordered text", () => {
    const { error } = datasetUrl("https://evil.example/\u202Enosj.x", page);
    expect(error).toContain("\\u{202E}");
    expect(error).not.toContain("\u202E");
  });

  it("cuts a huge refused value instead of echoing all of it", () => {
    const { error } = datasetUrl(`https://evil.example/${"a".repeat(1_000_000)}`, page);
    expect(error?.length).toBeLessThan(200);
    expect(error).toContain("…");
  });
});
