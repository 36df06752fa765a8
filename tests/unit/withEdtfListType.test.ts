import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EDTF_LIST_ANCHOR, withEdtfListType } from "../../scripts/edtfListType.ts";

const listJs = readFileSync(resolve(import.meta.dirname, "../../node_modules/edtf/src/list.js"), "utf8");

describe("withEdtfListType()", () => {
  it("gives the installed library's List its type by name, changing nothing else", () => {
    const built = withEdtfListType(listJs);
    expect(built).toContain(`${EDTF_LIST_ANCHOR}\n  static get type() {\n    return "List"\n  }\n`);
    expect(built.replace(/\n {2}static get type\(\) \{\n {4}return "List"\n {2}\}\n/, "")).toBe(listJs);
  });

  it("fails the build when list.js no longer declares the class so, rather than build without it", () => {
    expect(() => withEdtfListType(listJs.replace(EDTF_LIST_ANCHOR, "export class List {"))).toThrow(
      /no longer has exactly one/,
    );
  });
});
