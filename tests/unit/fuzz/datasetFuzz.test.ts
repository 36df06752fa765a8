// @vitest-environment node
import fc from "fast-check";
import { describe, it } from "vitest";
import { datasetText } from "./datasetArbitrary.ts";
import { runPurePath } from "./purePath.ts";
import { fuzzRuns } from "./runs.ts";

describe("the dataset fuzzer", () => {
  it("runs parse → prepare → layout → words → table → CSV on any dataset without a broken promise", () => {
    fc.assert(
      fc.property(datasetText, (text) => {
        runPurePath(text);
      }),
      fuzzRuns(1_000),
    );
  }, 300_000);
});
