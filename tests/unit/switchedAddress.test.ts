import { describe, expect, it } from "vitest";
import { switchedAddress } from "../../src/model/switchedAddress.ts";

const search = "?data=%2Fdata%2Fother.json&show=daredevil&event=dd-1&asof=2016-05-11&view=table&actual=1";

describe("the address once another dataset is shown", () => {
  it("names a file opened from this device, not the ?data= dataset shown before", () => {
    const address = switchedAddress("/", search, { kind: "file", name: "my timeline.csv" });
    const params = new URLSearchParams(address.slice(address.indexOf("?")));
    expect(params.get("data")).toBeNull();
    expect(params.get("file")).toBe("my timeline.csv");
  });

  it("starts the new dataset at its own default view, keeping the chart or table and Reported vs actual", () => {
    expect(switchedAddress("/", search, { kind: "file", name: "a.csv" })).toBe(
      "/?view=table&actual=1&file=a.csv",
    );
    expect(switchedAddress("/scorecard", "?file=a.csv&q=luke", { kind: "file", name: "b.json" })).toBe(
      "/scorecard?file=b.json",
    );
  });

  it("gives back the ?data= dataset shown before the file, or none for the bundled one", () => {
    expect(switchedAddress("/", "?file=a.csv&view=table", { kind: "data", data: "/data/other.json" })).toBe(
      "/?view=table&data=%2Fdata%2Fother.json",
    );
    expect(switchedAddress("/", "?file=a.csv&event=x", { kind: "data", data: null })).toBe("/");
  });

  it("opens the new dataset on its timeline from a source page, whose source was the other dataset's", () => {
    expect(switchedAddress("/sources/one", search, { kind: "file", name: "a.csv" })).toBe(
      "/?view=table&actual=1&file=a.csv",
    );
  });

  it("opens it on its timeline from a page not found, and keeps the scorecard on the scorecard", () => {
    expect(switchedAddress("/nope", "", { kind: "file", name: "a.csv" })).toBe("/?file=a.csv");
    expect(switchedAddress("/scorecard", "", { kind: "file", name: "a.csv" })).toBe("/scorecard?file=a.csv");
  });
});
