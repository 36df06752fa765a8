import { describe, expect, it } from "vitest";
import { checkLink, type LinkContext } from "../../src/model/linkCheck.ts";

const context: LinkContext = {
  shows: [
    { id: "daredevil", title: "Daredevil" },
    { id: "luke-cage", title: "Luke Cage" },
  ],
  publishers: ["Screen Rant", "Collider"],
  hasEvent: (id) => id === "luke-cage-1-release",
};
const check = (search: string, with_: LinkContext | null = context) => {
  const { params, dropped } = checkLink(new URLSearchParams(search), with_);
  return { search: params.toString(), dropped: dropped.map((d) => `${d.what} (${d.why})`) };
};

describe("checkLink: one check for every parameter of a link", () => {
  it("leaves a link it can show as it is", () => {
    expect(check("show=daredevil&publisher=Collider&event=luke-cage-1-release&data=%2Fx.json")).toEqual({
      search: "data=%2Fx.json&show=daredevil&publisher=Collider&event=luke-cage-1-release",
      dropped: [],
    });
  });

  it("drops shows, publishers and items the dataset lacks, and says which", () => {
    expect(check("show=daredevil,nosuch&publisher=Nope&publisher=Collider&event=nosuch")).toEqual({
      search: "show=daredevil&publisher=Collider",
      dropped: [
        "the show “nosuch” (not in this timeline)",
        "the publisher “Nope” (not in this timeline)",
        "the item “nosuch” (not in this timeline)",
      ],
    });
  });

  it("drops a choice left naming nothing the dataset has, which then filters nothing", () => {
    expect(check("show=nosuch&show-except=gone")).toEqual({
      search: "",
      dropped: ["the show “nosuch” (not in this timeline)", "the show “gone” (not in this timeline)"],
    });
    expect(check("show-except=gone,luke-cage").search).toBe("show-except=luke-cage");
  });

  it("drops what it cannot read before the dataset is known, and the rest only once it is", () => {
    expect(
      check("kind=release,nope&asof=2016-02-30&from=2017-01-01&to=2016-01-01&show=nosuch", null),
    ).toEqual({
      search: "show=nosuch&kind=release",
      dropped: [
        "the kind “nope” (not in this timeline)",
        "the window “2017-01-01” to “2016-01-01” (the first day is not before the second)",
        "the day “2016-02-30” (not a calendar day)",
      ],
    });
  });

  it("reads a day typed without its zeros, 2016-5-2, as the day it is: nothing dropped", () => {
    expect(check("asof=2016-5-2").dropped).toEqual([]);
  });

  it("says what is wrong with a window: a day that is none, a day missing, or the two in the wrong order", () => {
    expect(check("from=2016-02-30&to=2016-06-01").dropped).toEqual([
      "the window “2016-02-30” to “2016-06-01” (“2016-02-30” is not a calendar day)",
    ]);
    expect(check("from=2016-02-30&to=soon").dropped).toEqual([
      "the window “2016-02-30” to “soon” (“2016-02-30” and “soon” are not calendar days)",
    ]);
    expect(check("from=2016-01-01").dropped).toEqual([
      "the window “2016-01-01” to “” (a window needs two days, from= and to=)",
    ]);
    expect(check("from=2016-06-01&to=2016-06-01").dropped).toEqual([
      "the window “2016-06-01” to “2016-06-01” (the first day is not before the second)",
    ]);
  });

  it("shows untrusted values as printable text, cut", () => {
    const [dropped] = check(`event=${encodeURIComponent("\u202Eevil" + "x".repeat(200))}`).dropped;
    expect(dropped).toMatch(/^the item “\\u\{202E\}evilx+…” \(not in this timeline\)$/);
  });
});

describe("checkLink: the view, Reported vs actual and parameters given twice", () => {
  it("drops a view or a Reported vs actual it cannot read, and says which", () => {
    expect(check("view=tabel&actual=yes&show=daredevil")).toEqual({
      search: "show=daredevil",
      dropped: [
        "the view “tabel” (not “chart” or “table”)",
        "“Reported vs actual” “yes” (not 1 (on) or 0 (off))",
      ],
    });
    expect(check("view=table&actual=1")).toEqual({ search: "view=table&actual=1", dropped: [] });
    expect(check("actual=0&view=chart")).toEqual({ search: "", dropped: [] });
  });

  it("reads a filter given twice, and drops a one-value parameter's other values, each said once", () => {
    expect(check("show=daredevil&show=luke-cage&kind=release&kind=announcement")).toEqual({
      search: "show=daredevil%2Cluke-cage&kind=release%2Cannouncement",
      dropped: [],
    });
    expect(check("event=luke-cage-1-release&event=x&asof=2016-05-02&asof=end").dropped).toEqual([
      "the day “end” (given again: only the first is read)",
      "the item “x” (given again: only the first is read)",
    ]);
    expect(check("data=%2Fa.json&data=%2Fb.json")).toEqual({
      search: "data=%2Fa.json",
      dropped: ["the dataset “/b.json” (given again: only the first is read)"],
    });
    expect(check("file=a.csv&view=table&file=b.csv")).toEqual({
      search: "file=a.csv&view=table",
      dropped: ["the file “b.csv” (given again: only the first is read)"],
    });
    // The same value again is only tidied away; another given many times is said once.
    expect(check("view=table&view=table&view=table")).toEqual({ search: "view=table", dropped: [] });
    expect(check("asof=2016-05-02&asof=end&asof=end&asof=2016-05-02").dropped).toEqual([
      "the day “end” (given again: only the first is read)",
    ]);
  });

  it("drops the values left out when the chosen ones are named too, or for kinds, which name what is chosen", () => {
    expect(check("kind-except=release")).toEqual({
      search: "",
      dropped: ["kind-except=“release” (a kind is chosen with kind=)"],
    });
    expect(check("show=daredevil&show-except=luke-cage")).toEqual({
      search: "show=daredevil",
      dropped: ["show-except=“luke-cage” (show= is given too)"],
    });
  });

  it("drops a mistyped parameter, which would otherwise do nothing without a word, and names the one meant", () => {
    expect(check("shows=daredevil&data=%2Fx.json&view=table")).toEqual({
      search: "data=%2Fx.json&view=table",
      dropped: ["the parameter “shows” (not one this page reads; show= is)"],
    });
    expect(check("Evnt=dd-s1&view=table").dropped).toEqual([
      "the parameter “Evnt” (not one this page reads; event= is)",
    ]);
    expect(check("files=a.csv").dropped).toEqual([
      "the parameter “files” (not one this page reads; file= is)",
    ]);
  });

  it("leaves a parameter that is not the page's, nor near one of its own, in the link and says nothing", () => {
    expect(check("utm_source=newsletter&fbclid=abc&id=7&view=table")).toEqual({
      search: "utm_source=newsletter&fbclid=abc&id=7&view=table",
      dropped: [],
    });
  });
});
