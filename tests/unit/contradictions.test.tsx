import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContradictionList } from "../../src/components/ContradictionList.tsx";
import { contradictions } from "../../src/model/contradictions.ts";
import { datasetAsOf } from "../../src/model/datasetAsOf.ts";
import { relationContradictions } from "../../src/model/relationContradictions.ts";
import { prepareDataset } from "./prepareText.ts";

const order = (earlier: string, later: string) => ({ earlier, later, said: `${earlier}<${later}` });

describe("contradictions()", () => {
  it("finds A before B before A, with both statements", () => {
    expect(contradictions([order("a", "b"), order("b", "a")])).toEqual([{ statements: ["a<b", "b<a"] }]);
  });

  it("finds nothing in a consistent order, however it branches", () => {
    expect(contradictions([order("a", "b"), order("b", "c"), order("a", "c"), order("d", "c")])).toEqual([]);
  });

  it("reports each group of statements once, leaving out statements outside the cycle", () => {
    const found = contradictions([
      order("a", "b"),
      order("b", "c"),
      order("c", "a"),
      order("c", "d"),
      order("x", "y"),
      order("y", "x"),
    ]);
    expect(found).toEqual([{ statements: ["a<b", "b<c", "c<a"] }, { statements: ["x<y", "y<x"] }]);
  });

  it("handles a 100,000-long chain closed into a cycle without running out of stack", () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => order(`n${i}`, `n${i + 1}`));
    chain.push(order("n100000", "n0"));
    const found = contradictions(chain);
    expect(found).toHaveLength(1);
    expect(found[0]?.statements).toHaveLength(100_001);
  });
});

describe("relation cycles in a dataset", () => {
  const event = (id: string, relations: unknown[]) => ({
    id,
    show: "s",
    kind: "release",
    label: id,
    start: "2016",
    certainty: "reported",
    citations: [{ source: "src", quote: "q" }],
    relations,
  });
  const text = (events: unknown[]) =>
    JSON.stringify({
      shows: [{ id: "s", title: "S" }],
      sources: [
        {
          id: "src",
          title: "T",
          publisher: "P",
          author: null,
          published: "2016-01-01",
          url: "https://e.com/",
        },
      ],
      events,
    });

  it("flags A after B after A as a contradiction, keeping and drawing both", () => {
    const prepared = prepareDataset(
      text([event("a", [{ type: "after", event: "b" }]), event("b", [{ type: "after", event: "a" }])]),
    );
    expect(prepared.items.map((i) => i.id)).toEqual(["a", "b"]);
    expect(prepared.contradictions).toEqual([
      {
        statements: [
          { id: "a", type: "after", other: "b" },
          { id: "b", type: "after", other: "a" },
        ],
      },
    ]);
    render(<ContradictionList contradictions={prepared.contradictions} dataset={prepared.dataset} />);
    expect(screen.getByRole("region", { name: "The sources contradict each other (1)" })).toHaveTextContent(
      "S release (a) is after S release (b); S release (b) is after S release (a)",
    );
  });

  it("reads 'before' as the mirror of 'after', and 'back-to-back' as following the other", () => {
    const cycle = prepareDataset(
      text([event("a", [{ type: "before", event: "b" }]), event("b", [{ type: "before", event: "a" }])]),
    );
    expect(cycle.contradictions).toHaveLength(1);
    const consistent = prepareDataset(
      text([
        event("a", [{ type: "before", event: "b" }]),
        event("b", [
          { type: "after", event: "a" },
          { type: "back-to-back", event: "a" },
        ]),
      ]),
    );
    expect(consistent.contradictions).toEqual([]);
    // Following directly on b, and before it: both cannot be true (docs/data-format.md, "Relations").
    const backToBackBefore = prepareDataset(
      text([
        event("a", [
          { type: "back-to-back", event: "b" },
          { type: "before", event: "b" },
        ]),
        event("b", []),
      ]),
    );
    expect(backToBackBefore.contradictions).toEqual([
      {
        statements: [
          { id: "a", type: "back-to-back", other: "b" },
          { id: "a", type: "before", other: "b" },
        ],
      },
    ]);
  });

  it("as of a day, lists only the orders that day's reports gave, and says the items are drawn as they have them", () => {
    // P2 after P3 from 1 January; P3, itself after P2, first reported 1 March.
    const sources = [
      {
        id: "jan",
        title: "T",
        publisher: "Ann",
        author: null,
        published: "2016-01-01",
        url: "https://e.com/1",
      },
      {
        id: "mar",
        title: "T",
        publisher: "Cat",
        author: null,
        published: "2016-03-01",
        url: "https://e.com/3",
      },
    ];
    const after = (other: string) => [{ type: "after", event: other }];
    const prepared = prepareDataset(
      JSON.stringify({
        shows: [{ id: "s", title: "S" }],
        sources,
        events: [
          {
            ...event("p2", after("p3")),
            citations: [{ source: "jan", quote: "q", claim: { relations: after("p3") } }],
          },
          { ...event("p3", after("p2")), citations: [{ source: "mar", quote: "q" }] },
        ],
      }),
    );
    expect(prepared.contradictions).toHaveLength(1);
    expect(relationContradictions(datasetAsOf(prepared.dataset, Date.UTC(2016, 1, 1)))).toEqual([]);
    const march = datasetAsOf(prepared.dataset, Date.UTC(2016, 2, 1));
    const found = relationContradictions(march);
    expect(found).toHaveLength(1);
    render(<ContradictionList contradictions={found} dataset={march} asOf />);
    expect(screen.getByRole("region", { name: "The sources contradict each other (1)" })).toHaveTextContent(
      "Each item is still drawn as the reports of this day have it.",
    );
  });
});
