import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ProblemList } from "../../src/components/ProblemList.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { PROBLEMS_PER_KIND, ProblemLog } from "../../src/data/problemLog.ts";
import { eventSchema } from "../../src/data/schema.ts";

const junk = (events: unknown[]) => ({ shows: [], sources: [], events });

describe("a junk file keeps a bounded number of problems", () => {
  it("two million 0s in events keep 100 problems and count the rest", () => {
    const { problems, omitted } = parseDataset(junk(new Array(2_000_000).fill(0)));
    expect(problems).toHaveLength(PROBLEMS_PER_KIND);
    expect(problems[0]).toEqual({
      id: null,
      path: "events[0]",
      reason: "must be an object, not number",
      effect: "left out",
    });
    expect(omitted).toEqual([{ like: problems[99], count: 1_999_900 }]);
  });

  it("100k empty objects keep 100 problems per missing field, each naming its path", () => {
    const { problems, omitted } = parseDataset(junk(Array.from({ length: 100_000 }, () => ({}))));
    const required = ["id", "show", "kind", "label", "certainty", "citations"];
    expect(problems).toHaveLength(required.length * PROBLEMS_PER_KIND);
    expect(problems.slice(0, required.length)).toEqual(
      required.map((key) => ({
        id: null,
        path: `events[0].${key}`,
        reason: "is required but missing",
        effect: "left out",
      })),
    );
    expect(omitted.map((o) => o.count)).toEqual(required.map(() => 99_900));
  });

  it("a junk item costs no more validation than a good one: a non-object never reaches the validator", () => {
    const safeParse = vi.spyOn(eventSchema, "safeParse");
    parseDataset(junk([0, "x", null, [], true, ...new Array(10_000).fill(0)]));
    expect(safeParse).not.toHaveBeenCalled();
    safeParse.mockRestore();
  });

  it("builds a problem only while its kind is under the cap", () => {
    const log = new ProblemLog(3);
    const make = vi.fn(() => ({ id: null, path: "p", reason: "r" }));
    for (let i = 0; i < 1000; i += 1) log.add("same", make);
    expect(make).toHaveBeenCalledTimes(3);
    expect(log.omitted).toEqual([
      { like: { id: null, path: "p", reason: "r", effect: "left out" }, count: 997 },
    ]);
  });

  it("caps the kept and the left out of one kind apart, so that an 'and N more like' line is of one", () => {
    const log = new ProblemLog(1);
    const make = () => ({ id: null, path: "p", reason: "r" });
    for (let i = 0; i < 3; i += 1) log.add("same", make, "kept");
    for (let i = 0; i < 5; i += 1) log.add("same", make);
    expect(log.problems.map((p) => p.effect)).toEqual(["kept", "left out"]);
    expect(log.omitted.map(({ like, count }) => [like.effect, count])).toEqual([
      ["kept", 2],
      ["left out", 4],
    ]);
  });

  it("names at most five of an item's unknown keys, and counts the rest", () => {
    const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1]));
    const event = { id: "e", show: "s", kind: "release", label: "L", certainty: "reported", citations: [] };
    const { problems } = parseDataset(junk([{ ...event, ...keys }]));
    const unknown = problems.find((p) => p.reason.startsWith("unknown keys"));
    expect(unknown?.reason).toBe('unknown keys "k0", "k1", "k2", "k3", "k4", 9,995 more');
  });
});

describe("<ProblemList> with a capped list", () => {
  it("draws one element per kept problem and one line per omitted kind, never one per omitted problem", () => {
    const { problems, omitted } = parseDataset(junk(new Array(200_000).fill(0)));
    render(<ProblemList problems={problems} omitted={omitted} />);
    expect(screen.getByRole("heading")).toHaveTextContent("(200,000 problems)");
    expect(screen.getAllByRole("listitem")).toHaveLength(PROBLEMS_PER_KIND + 1);
    expect(screen.getAllByRole("listitem").at(-1)).toHaveTextContent(
      "and 199,900 more like events[99]: must be an object, not number",
    );
  });
});
