import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../../../src/model/filterItems.ts";
import { DEFAULT_VIEW, readViewState, writeViewState, type ViewState } from "../../../src/model/viewState.ts";

const DATA = "https://example.com/data.json?v=2&x=a,b";

const FULL: ViewState = {
  filters: {
    shows: ["daredevil", "luke-cage"],
    kinds: ["filming", "release"],
    certainties: ["confirmed", "speculative"],
    publishers: ["Deadline, Inc.", "Variety", "A & B = C?"],
    query: "season 2 & more, 100%",
  },
  window: { from: "2016-05-01", to: "2016-11-30" },
  selected: "luke-cage-1-release",
  view: "table",
  asOf: "2016-05-02",
  actual: true,
};

const read = (query: string) => readViewState(new URLSearchParams(query));

describe("the as-of day in the URL", () => {
  it("reads an ISO day or 'end', and drops anything else", () => {
    expect(read("asof=2016-05-02").asOf).toBe("2016-05-02");
    expect(read("asof=end").asOf).toBe("end");
    expect(read("asof=2016-02-30").asOf).toBeNull();
    // Typed by hand without its zeros: the day it is (it was told it was "not a calendar day").
    expect(read("asof=2016-5-2").asOf).toBe("2016-05-02");
    expect(read("asof=2016-2-30").asOf).toBeNull();
    expect(read("asof=tomorrow").asOf).toBeNull();
  });

  it("writes it back, and leaves the default out", () => {
    expect(writeViewState({ ...DEFAULT_VIEW, asOf: "end" }, new URLSearchParams()).toString()).toBe(
      "asof=end",
    );
    expect(writeViewState(DEFAULT_VIEW, new URLSearchParams("asof=2016-01-17")).toString()).toBe("");
  });
});

describe("the Reported vs actual toggle in the URL", () => {
  it("reads actual=1 as on, and anything else as off", () => {
    expect(read("actual=1").actual).toBe(true);
    expect(read("actual=0").actual).toBe(false);
    expect(read("").actual).toBe(false);
  });

  it("writes it only when on", () => {
    expect(writeViewState({ ...DEFAULT_VIEW, actual: true }, new URLSearchParams()).toString()).toBe(
      "actual=1",
    );
    expect(writeViewState(DEFAULT_VIEW, new URLSearchParams("actual=1")).toString()).toBe("");
  });
});

describe("readViewState()", () => {
  it("reads each value of a list once: show=a,,a is show=a, publisher=A&publisher=A is A", () => {
    expect(readViewState(new URLSearchParams("publisher=A&publisher=A")).filters.publishers).toEqual(["A"]);
    expect(
      readViewState(new URLSearchParams("show=daredevil,,daredevil&show=daredevil")).filters.shows,
    ).toEqual(["daredevil"]);
  });

  it("readViewState() reads no parameters as the default view", () => {
    expect(read("")).toEqual(DEFAULT_VIEW);
    expect(read("data=x")).toEqual(DEFAULT_VIEW);
  });

  it("readViewState() reads lists split on commas, and an empty value as an empty list", () => {
    expect(read("show=daredevil,luke-cage&kind=&certainty=confirmed").filters).toEqual({
      ...NO_FILTERS,
      shows: ["daredevil", "luke-cage"],
      kinds: [],
      certainties: ["confirmed"],
    });
  });

  it("readViewState() drops unknown kinds and certainties", () => {
    expect(read("kind=filming,rumour,release&certainty=sure,confirmed").filters).toMatchObject({
      kinds: ["filming", "release"],
      certainties: ["confirmed"],
    });
  });

  it("readViewState() reads repeated publishers, commas and all", () => {
    expect(read("publisher=Deadline%2C+Inc.&publisher=Variety").filters.publishers).toEqual([
      "Deadline, Inc.",
      "Variety",
    ]);
  });

  it("readViewState() reads a window of two ISO days, from before to", () => {
    expect(read("from=2016-05-01&to=2016-11-30").window).toEqual({ from: "2016-05-01", to: "2016-11-30" });
  });

  it.each([
    ["from after to", "from=2016-11-30&to=2016-05-01"],
    ["from equal to to", "from=2016-05-01&to=2016-05-01"],
    ["no to", "from=2016-05-01"],
    ["no from", "to=2016-05-01"],
    ["an empty from", "from=&to=2016-05-01"],
    ["a short date", "from=2016-5-1&to=2016-11-30"],
    ["a date and time", "from=2016-05-01T00:00&to=2016-11-30"],
    ["words", "from=yesterday&to=today"],
  ])("readViewState() reads a window with %s as none", (_, query) => {
    expect(read(query).window).toBeNull();
  });

  it("readViewState() reads a window reaching before year 0 or past 9999, as a zoom out there writes it", () => {
    // In order by the days, not by their text ("-" sorts before "0", "+" before both).
    expect(read("from=-000053-04-26&to=1398-04-26").window).toEqual({
      from: "-000053-04-26",
      to: "1398-04-26",
    });
    expect(read("from=9990-01-01&to=%2B010117-09-12").window).toEqual({
      from: "9990-01-01",
      to: "+010117-09-12",
    });
    expect(read("from=-000002-11-01&to=-000053-04-26").window).toBeNull();
  });

  it("readViewState() reads a window with an impossible day as none", () => {
    expect(read("from=2016-13-01&to=2017-01-01").window).toBeNull();
    expect(read("from=2016-02-30&to=2016-03-15").window).toBeNull();
  });

  it("readViewState() reads the selected event and the view, anything but table as chart", () => {
    expect(read("event=lc-1&view=table")).toMatchObject({ selected: "lc-1", view: "table" });
    expect(read("event=&view=TABLE")).toMatchObject({ selected: null, view: "chart" });
  });
});

describe("writeViewState()", () => {
  it("writeViewState() then readViewState() gives back a full state", () => {
    expect(readViewState(writeViewState(FULL, new URLSearchParams()))).toEqual(FULL);
  });

  it("writeViewState() then readViewState() gives back empty lists as empty lists", () => {
    const empty: ViewState = {
      ...DEFAULT_VIEW,
      filters: { shows: [], kinds: [], certainties: [], publishers: [], query: "" },
    };
    expect(readViewState(writeViewState(empty, new URLSearchParams()))).toEqual(empty);
  });

  it("writeViewState() keeps parameters it does not own, such as data", () => {
    const params = writeViewState(FULL, new URLSearchParams({ data: DATA, lang: "en" }));
    expect(params.get("data")).toBe(DATA);
    expect(params.get("lang")).toBe("en");
    expect(readViewState(params)).toEqual(FULL);
  });

  it("writeViewState() writes nothing for the default view and clears what the old URL had", () => {
    const old = writeViewState(FULL, new URLSearchParams({ data: DATA }));
    const params = writeViewState(DEFAULT_VIEW, old);
    expect([...params.entries()]).toEqual([["data", DATA]]);
  });

  it("writeViewState() replaces, not adds to, the publishers of the old URL", () => {
    const old = new URLSearchParams("publisher=Old&publisher=Older");
    const params = writeViewState({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, publishers: ["New"] } }, old);
    expect(params.getAll("publisher")).toEqual(["New"]);
  });

  it("writeViewState() does not change the parameters it keeps", () => {
    const keep = new URLSearchParams({ data: DATA, show: "daredevil" });
    writeViewState(FULL, keep);
    expect(keep.toString()).toBe(new URLSearchParams({ data: DATA, show: "daredevil" }).toString());
  });
});
