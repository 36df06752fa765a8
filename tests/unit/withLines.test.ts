import { describe, expect, it } from "vitest";
import { withLines } from "../../src/model/withLines.ts";

// Row 3's cell spans two lines: rows 4 and after are one line further down.
const LINES = [1, 2, 3, 5, 6, 7];

describe("withLines()", () => {
  it("says a row's line beside it where the two part", () => {
    expect(withLines("row 4, column start", LINES)).toBe("row 4 (line 5), column start");
    expect(withLines("row 5", LINES)).toBe("row 5 (line 6)");
  });

  it("leaves a place alone whose rows are their lines", () => {
    expect(withLines("row 3, column quote", LINES)).toBe("row 3, column quote");
    expect(withLines("rows 1–3, column show", LINES)).toBe("rows 1–3, column show");
    expect(withLines("line 1", LINES)).toBe("line 1");
  });

  it("says the lines of runs and lists of rows, not of a count of rows", () => {
    expect(withLines("rows 2–4 and 6, column show", LINES)).toBe(
      "rows 2–4 and 6 (lines 2–5 and 7), column show",
    );
    expect(withLines("rows 2, 4 and 3 more, column url", LINES)).toBe(
      "rows 2, 4 and 3 more (lines 2, 5 and 3 more), column url",
    );
    // Nor a part of a count: the 4 of 45 is not row 4, line 5.
    expect(withLines("rows 4, 5 and 45 more, column url", LINES)).toBe(
      "rows 4, 5 and 45 more (lines 5, 6 and 45 more), column url",
    );
  });
});
