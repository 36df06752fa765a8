// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edtfText } from "./edtfArbitrary.ts";
import { runPurePath } from "./purePath.ts";
import { fuzzRuns } from "./runs.ts";

const SOURCE = {
  id: "src",
  title: "T",
  publisher: "P",
  author: null,
  published: "2016-05-11",
  url: "https://e.com/",
};

/** A dataset whose one filming window starts (and maybe ends) on the generated text. */
function withDate(start: string, end: string | null): string {
  return JSON.stringify({
    shows: [{ id: "show", title: "Show" }],
    sources: [SOURCE],
    events: [
      {
        id: "e",
        show: "show",
        kind: "filming",
        label: "Filming",
        start,
        ...(end === null ? {} : { end }),
        certainty: "reported",
        citations: [{ source: "src", quote: "q" }],
      },
    ],
  });
}

describe("every EDTF value the schema accepts, every view can draw", () => {
  it("a generated EDTF date is refused with a message naming its path, or drawn without throwing", () => {
    fc.assert(
      fc.property(edtfText, fc.option(edtfText, { nil: null }), (start, end) => {
        const { prepared } = runPurePath(withDate(start, end));
        expect(prepared).toBeDefined();
        if (prepared?.items.length === 1) return;
        expect(prepared?.problems.map((p) => p.path)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^events\[0\]\.(start|end)$/)]),
        );
        expect(prepared?.problems[0]?.reason).toMatch(/EDTF|before it starts/);
      }),
      fuzzRuns(10_000),
    );
  }, 300_000);
});
