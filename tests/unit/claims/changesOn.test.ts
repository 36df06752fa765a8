import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetText } from "../../../src/data/parseDataset.ts";
import fc from "fast-check";
import type { Dataset } from "../../../src/data/schema.ts";
import { asOfDays } from "../../../src/model/asOfDays.ts";
import { datasetAsOf } from "../../../src/model/datasetAsOf.ts";
import { changeText, changesOn } from "../../../src/model/changesOn.ts";
import { eventClaims } from "../../../src/model/eventClaims.ts";
import { SOURCES, cite, dataset, day, event, source } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

const bundled = parseDatasetText(
  readFileSync(resolve(import.meta.dirname, "../../../public/data/timeline.json"), "utf8"),
).dataset;

describe("changesOn()", () => {
  it("says what 11 May 2016 moved, and what it was, pointing at the citation", () => {
    const moved = changesOn(bundled, day(2016, 5, 11)).find((c) => c.event === "jessica-jones-2-production");
    expect(moved).toMatchObject({ kind: "moved", source: "screenrant-2016-05-11", citation: 1 });
    expect(moved && changeText(moved)).toBe(
      "Screen Rant, about 11 May 2016: Jessica Jones season 2 production begins: October 2016 or later, " +
        "approximately, back-to-back with The Defenders production; was 2017 (Player.One)",
    );
  });

  it("lists an event the day's reports added", () => {
    const added = changesOn(bundled, day(2016, 1, 17))
      .filter((c) => c.kind === "added")
      .map((c) => c.event);
    expect(added).toContain("the-punisher-1-possible");
    expect(added).not.toContain("the-punisher-1-order");
  });

  it("credits an event added to the day's report that gives its date, not one that gave none", () => {
    // 11 May 2016: Screen Rant said no date was announced; CinemaBlend gave spring 2017.
    const added = changesOn(bundled, day(2016, 5, 11)).find((c) => c.event === "iron-fist-1-release");
    expect(added?.kind).toBe("added");
    expect(added?.parts.source).toBe("CinemaBlend, about 11 May 2016");
    expect(added?.parts.words).toMatch(/^spring 2017/);
  });

  it("names no order to an event not on the timeline that day, and names it on the day it is", () => {
    // 17 January 2016: Collider put Jessica Jones season 2 after Luke Cage season 1, first reported 2 May.
    const jan = changesOn(bundled, day(2016, 1, 17)).find((c) => c.event === "jessica-jones-2-release");
    expect(jan?.parts.words).toBe("date not announced");
    // 2 May: Luke Cage season 1 appears, and with it the order: said on Jessica Jones season 2, whose own
    // reports that day say nothing, credited to Collider.
    const may2 = changesOn(bundled, day(2016, 5, 2)).filter((c) => c.event === "jessica-jones-2-release");
    expect(may2.map(changeText)).toEqual([
      "Collider, 17 January 2016: Jessica Jones season 2 premieres: after Luke Cage season 1 release (the other event is on the timeline from this day)",
    ]);
    // 11 May: The Defenders after Iron Fist season 1, which appears that day: new, not "as before".
    const may = changesOn(bundled, day(2016, 5, 11)).filter((c) => c.event === "the-defenders-release");
    const order = may.map((c) => c.parts.words).filter((words) => /Iron Fist/.test(words));
    expect(order).toEqual([expect.stringMatching(/^after “?Iron Fist season 1/)]);
    expect(order.join()).not.toMatch(/as before/);
  });

  it("credits a move to the report that changed an end, not the day's first, which gave no date", () => {
    const moved = dataset([
      event(
        "m",
        [
          cite("early", { claim: { start: "2016-05", end: "2016-09" } }),
          cite("may2", { claim: { certainty: "speculative" } }),
          cite("may2", { claim: { end: "2016-11" }, note: "the end" }),
          cite("later", {}),
        ],
        { kind: "filming", start: "2016-05", end: "2016-11" },
      ),
    ]);
    const [line] = changesOn(moved, day(2016, 5, 2));
    expect(line?.kind).toBe("moved");
    expect(line?.citation).toBe(2);
  });

  it("says a date within the one before, or an end given to a start, narrowed it, not moved it", () => {
    const narrowed = dataset([
      event(
        "n",
        [
          cite("early", { claim: { start: "2016" } }),
          cite("may2", { claim: { start: "2016-03" } }),
          cite("may11", { claim: { start: "2016-03", end: "2016-06" } }),
          cite("later", { claim: { start: "2017-01", end: "2017-06" } }),
        ],
        { kind: "filming", start: "2017-01", end: "2017-06" },
      ),
    ]);
    const lines = [day(2016, 5, 2), day(2016, 5, 11), day(2017, 4, 3)].map((d) =>
      changesOn(narrowed, d).map((c) => `${c.kind}: ${c.parts.words}`),
    );
    expect(lines).toEqual([
      ["narrowed: March 2016; was 2016 (Publisher early)"],
      ["narrowed: from March 2016 to June 2016; was March 2016 (Publisher may2)"],
      ["moved: from January 2017 to June 2017; was from March 2016 to June 2016 (Publisher may11)"],
    ]);
  });

  it("says a date of the same span, otherwise qualified, reworded it: not narrowed, nor moved", () => {
    const requalified = dataset([
      event("r", [
        cite("early", { claim: { start: "2016" } }),
        cite("may2", { claim: { start: "2016~" } }),
        cite("may11", { claim: { start: "2016-XX" } }),
        cite("later", { claim: { start: "2016-05" } }),
      ]),
    ]);
    const lines = [day(2016, 5, 2), day(2016, 5, 11)].map((d) =>
      changesOn(requalified, d).map((c) => `${c.kind}: ${c.parts.words}`),
    );
    expect(lines).toEqual([
      ["reworded: 2016, approximately; was 2016 (Publisher early)"],
      ["reworded: 2016; was 2016, approximately (Publisher may2)"],
    ]);
  });

  it("says a first date given to an event on the timeline dated it, not moved it", () => {
    const dated = changesOn(bundled, day(2016, 5, 2)).find((c) => c.event === "jessica-jones-1-release");
    expect(dated && `${dated.kind}: ${changeText(dated)}`).toBe(
      "dated: Player.One, about 2 May 2016: Jessica Jones season 1 premieres: autumn 2015, after Daredevil season 1 release; was date not announced (Collider)",
    );
  });

  it("flags a report of an event's first day that the date it appears at contradicts", () => {
    const data = dataset(
      [
        event(
          "y",
          [
            cite("beta", { claim: { start: "2016-05", end: "2016-07" } }),
            cite("gamma", { claim: { start: "2016-08", end: "2016-11" } }),
          ],
          { kind: "filming", start: "2016-08", end: "2016-11" },
        ),
      ],
      [...SOURCES, source("beta", "2016-02-10"), source("gamma", "2016-02-10")],
    );
    expect(
      changesOn(data, day(2016, 2, 10)).map((c) => `${c.kind}: ${c.parts.source}: ${c.parts.words}`),
    ).toEqual([
      "added: Publisher gamma, 10 February 2016: from August 2016 to November 2016",
      "contradicted: Publisher beta, 10 February 2016: from May 2016 to July 2016, against from August 2016 to November 2016 (Publisher gamma)",
    ]);
  });

  it("sets a report the day's move passed over against the date the move gave, not the one it left", () => {
    const data = dataset(
      [
        event(
          "q",
          [
            cite("early", { claim: { start: "2016-06" } }),
            cite("beta", { claim: { start: "2016-04" } }),
            cite("gamma", { claim: { start: "2016-09" } }),
          ],
          { kind: "release", start: "2016-09" },
        ),
      ],
      [...SOURCES, source("beta", "2016-02-10"), source("gamma", "2016-02-10")],
    );
    expect(changesOn(data, day(2016, 2, 10)).map((c) => `${c.kind}: ${c.parts.words}`)).toEqual([
      "moved: September 2016; was June 2016 (Publisher early)",
      "contradicted: April 2016, against September 2016 (Publisher gamma)",
    ]);
  });

  it("names an order's other event by its label too when another event shares its show, season and kind", () => {
    const may11 = changesOn(bundled, day(2016, 5, 11)).find((c) => c.event === "the-punisher-1-order");
    expect(may11?.parts.words).toMatch(
      /after The Punisher season 1 announcement “Punisher spinoff still only a possibility”$/,
    );
    // One of its kind is named as before.
    const may2 = changesOn(bundled, day(2016, 5, 2)).find((c) => c.event === "jessica-jones-2-release");
    expect(may2?.parts.words).toMatch(/^after Luke Cage season 1 release \(/);
  });

  it("lists nothing on a day without reports", () => {
    expect(changesOn(bundled, day(2016, 5, 5))).toEqual([]);
  });

  it("flags a report that contradicts the date of the day before, and one that only adds an order", () => {
    const data = dataset([
      event(
        "e",
        [
          cite("may2", { claim: { start: "2016-03" } }),
          cite("may11", { claim: { start: "2016-12" } }),
          cite("may11", { claim: { start: "2016-03" } }),
          cite("may11", { claim: { relations: [{ type: "after", event: "f" }] } }),
        ],
        { start: "2016-03" },
      ),
      event("f", [cite("may2")], { start: "2016-01" }),
    ]);
    expect(changesOn(data, day(2016, 5, 11)).map((c) => [c.kind, c.citation])).toEqual([
      ["contradicted", 1],
      ["ordered", 3],
    ]);
  });

  it("flags an order that contradicts the one known before, whichever came first, and names it and who said it", () => {
    const ordered = (first: "back-to-back" | "before", then: "back-to-back" | "before") =>
      dataset([
        event("x", [
          cite("may2", { claim: { relations: [{ type: first, event: "y" }] } }),
          cite("may11", { claim: { relations: [{ type: then, event: "y" }] } }),
        ]),
        event("y", [cite("may2")], { start: "2016-01" }),
      ]);
    const words = {
      "back-to-back": "back-to-back with Show production “Label y”",
      before: "before Show production “Label y”",
    };
    for (const [first, then] of [
      ["back-to-back", "before"],
      ["before", "back-to-back"],
    ] as const) {
      const [change] = changesOn(ordered(first, then), day(2016, 5, 11));
      expect(change?.kind, `${first} then ${then}`).toBe("contradicted");
      expect(change && changeText(change)).toMatch(
        // An order-only claim says its order, not "date not announced".
        new RegExp(`: Label x: ${words[then]}, against ${words[first]} \\(Publisher may2\\)$`),
      );
    }
  });

  it("says an order given before on the day its other event appears, in dataset order, not as before", () => {
    const data = (also: boolean) =>
      dataset([
        event(
          "x",
          [
            cite("may2", { claim: { start: "2017", relations: [{ type: "before", event: "y" }] } }),
            ...(also ? [cite("may11", { claim: { start: "2017" } })] : []),
          ],
          { start: "2017", relations: [{ type: "before", event: "y" }] },
        ),
        event("y", [cite("may11")], { start: "2018" }),
      ]);
    expect(changesOn(data(false), day(2016, 5, 11)).map((c) => [c.event, c.kind, c.source])).toEqual([
      ["x", "ordered", "may2"],
      ["y", "added", "may11"],
    ]);
    // A report of x that day, giving its date alone, repeats the date; the order is new that day, not "as
    // before".
    expect(changesOn(data(true), day(2016, 5, 11)).map((c) => [c.event, c.kind, c.parts.words])).toEqual([
      ["x", "repeated", "2017, as before (Publisher may2)"],
      ["x", "ordered", "before Show production “Label y” (the other event is on the timeline from this day)"],
      ["y", "added", "2018"],
    ]);
  });

  it("credits an order that appears with its event to the report that gave it, the newer of two opposite ones", () => {
    // Early says g after h, 2 May says before; h first appears on 11 May.
    const data = dataset([
      event(
        "g",
        [
          cite("early", { claim: { start: "2018", relations: [{ type: "after", event: "h" }] } }),
          cite("may2", { claim: { relations: [{ type: "before", event: "h" }] } }),
          cite("later"),
        ],
        { start: "2018", relations: [{ type: "before", event: "h" }] },
      ),
      event("h", [cite("may11")], { start: "2017" }),
    ]);
    // The newer order stands (claimsAsOf): Early's, taken back before h appeared, never comes on the timeline.
    expect(changesOn(data, day(2016, 5, 11)).map((c) => [c.kind, c.source, c.parts.words])).toEqual([
      [
        "ordered",
        "may2",
        "before Show production “Label h” (the other event is on the timeline from this day)",
      ],
      ["added", "may11", "2017"],
    ]);
  });

  it("does not fold an order an earlier report gave into a move of the day's report", () => {
    const data = dataset([
      event(
        "a",
        [
          cite("early", { claim: { start: "2016", relations: [{ type: "after", event: "b" }] } }),
          cite("may11", { claim: { start: "2017" } }),
        ],
        { start: "2017", relations: [{ type: "after", event: "b" }] },
      ),
      event("b", [cite("may11")], { start: "2016-06" }),
    ]);
    expect(changesOn(data, day(2016, 5, 11)).map((c) => [c.kind, c.source, c.parts.words])).toEqual([
      ["moved", "may11", "2017; was 2016 (Publisher early)"],
      [
        "ordered",
        "early",
        "after Show production “Label b” (the other event is on the timeline from this day)",
      ],
      ["added", "may11", "June 2016"],
    ]);
  });

  it("says an end told alone, not 'date not announced'", () => {
    // Early: filming starts in October 2016; 2 May: it ends in September, before that start (a later page
    // gives both).
    const data = dataset([
      event(
        "w",
        [
          cite("early", { claim: { start: "2016-10" } }),
          cite("may2", { claim: { end: "2016-09" } }),
          cite("later"),
        ],
        {
          kind: "filming",
          start: "2016-06",
          end: "2016-09",
        },
      ),
    ]);
    expect(changesOn(data, day(2016, 5, 2)).map((c) => c.parts.words)).toEqual([
      "start not announced, ending September 2016; was October 2016 (Publisher early)",
    ]);
  });

  it("does not call an order 'as before' that the event's own fields bring on its newest report's day", () => {
    const data = dataset([
      event("c", [cite("early", { claim: { start: "2016" } }), cite("may2", { claim: { start: "2016" } })], {
        start: "2016",
        relations: [{ type: "after", event: "d" }],
      }),
      event("d", [cite("early")], { start: "2016" }),
    ]);
    expect(changesOn(data, day(2016, 5, 2)).map((c) => c.parts.words)).toEqual([
      "2016, as before (Publisher early); now after Show production “Label d”",
    ]);
  });

  it("says an order the event's own fields bring as 'now' on its line of the day, credited to no report", () => {
    // y from early, x from 11 May; e's own fields order it after both, and 11 May's report after y alone.
    const data = dataset([
      event("y", [cite("early", { claim: { start: "2016" } })], { kind: "release" }),
      event("x", [cite("may11", { claim: { start: "2017" } })], { kind: "announcement" }),
      event(
        "e",
        [
          cite("early", { claim: { start: "2016" } }),
          cite("may11", { claim: { start: "2016", relations: [{ type: "after", event: "y" }] } }),
        ],
        {
          start: "2016",
          relations: [
            { type: "after", event: "y" },
            { type: "after", event: "x" },
          ],
        },
      ),
    ]);
    const lines = changesOn(data, day(2016, 5, 11));
    // One line per event, citation and kind (the view's key).
    expect(new Set(lines.map((c) => `${c.event}:${c.citation}:${c.kind}`)).size).toBe(lines.length);
    expect(lines.filter((c) => c.event === "e").map((c) => [c.kind, c.source, c.parts.words])).toEqual([
      ["ordered", "may11", "after Show release; now after Show announcement"],
    ]);
  });

  it("flags an order that appears with its event against the opposite one the day's move gave", () => {
    const data = (start: string) =>
      dataset([
        event("y", [cite("may11", { claim: { start: "2017" } })]),
        event(
          "e",
          [
            cite("early", { claim: { start: "2016", relations: [{ type: "before", event: "y" }] } }),
            cite("may2", { claim: { start: "2016" } }),
            cite("may11", { claim: { start, relations: [{ type: "after", event: "y" }] } }),
            cite("later", { claim: { start: "2016-06" } }),
          ],
          { start: "2016-06", relations: [{ type: "after", event: "y" }] },
        ),
      ]);
    for (const start of ["2016-06", "2016"]) {
      const lines = changesOn(data(start), day(2016, 5, 11)).filter((c) => c.event === "e");
      expect(
        lines.map((c) => c.kind),
        start,
      ).toContain("contradicted");
    }
  });

  it("flags no contradiction of orders to an event not on the timeline that day: neither order is shown", () => {
    const data = dataset([
      event("x", [
        cite("may2", { claim: { relations: [{ type: "before", event: "y" }] } }),
        cite("may11", { claim: { relations: [{ type: "back-to-back", event: "y" }] } }),
      ]),
      // First reported in 2017.
      event("y", [cite("later")], { start: "2017-01" }),
    ]);
    const [change] = changesOn(data, day(2016, 5, 11));
    expect(change?.kind).toBe("repeated");
    expect(change && changeText(change)).not.toMatch(/against|Show production/);
  });

  it("credits no page with an end that only a later outcome gave: the event's own end, what happened", () => {
    // Pub A, 1 February 2016: filming starts in March (no end); Pub C, 1 October: it wrapped in July.
    const pages = [
      source("a", "2016-02-01", { publisher: "Pub A" }),
      source("c", "2016-10-01", { publisher: "Pub C" }),
    ];
    const data = dataset(
      [
        event(
          "f",
          [
            cite("a", { claim: { start: "2016-03" } }),
            cite("c", { claim: { end: "2016-07" }, outcome: true }),
          ],
          { kind: "filming", label: "S1 films", start: "2016-03", end: "2016-07" },
        ),
      ],
      pages,
    );
    expect(changesOn(data, day(2016, 2, 1)).map(changeText)).toEqual([
      "Pub A, 1 February 2016: S1 films: March 2016",
    ]);
    // On the outcome's day the event stands as its own fields say; what had been reported is March alone.
    expect(changesOn(data, day(2016, 10, 1)).map(changeText)).toEqual([
      "Pub C, 1 October 2016: S1 films: ended July 2016; reported March 2016",
    ]);
  });

  it("reports an outcome on the day it became known, with no date made up for a page that prints none", () => {
    const [line] = changesOn(bundled, day(2018, 3, 8));
    expect(line && changeText(line)).toBe(
      "CBR, date not printed: Jessica Jones season 2 premieres: premiered 8 March 2018; reported 2017 or later",
    );
  });

  it("lists an outcome of an event not yet reported on the day the event first appears, with its own date", () => {
    const texts = (y: number, m: number, d: number) =>
      changesOn(bundled, day(y, m, d))
        .filter((c) => c.kind === "outcome")
        .map(changeText);
    // Collider, 19 April: Iron Fist had begun filming, a month before any prediction of it.
    expect(texts(2016, 5, 2)).toContain(
      "Collider, 19 April 2016: Iron Fist season 1 starts filming: started April 2016; reported April – May 2016",
    );
    expect(texts(2016, 5, 11)).toEqual([
      "Geek Legacy, 17 March 2016: Daredevil season 2 is out on Netflix: premiered 18 March 2016; reported by 12 May 2016",
      "Marvel Studios News, 29 April 2016: Netflix reveals a Punisher series: happened 29 April 2016; " +
        "reported 17 January – 13 May 2016",
    ]);
    expect(texts(2016, 1, 17)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Six Degrees of Geek, 11 April 2015: Daredevil season 1/),
        expect.stringMatching(
          /^KFFM, date not printed: Jessica Jones season 1 premieres: premiered 20 November 2015/,
        ),
      ]),
    );
    // Nothing on the days those outcomes were published: no event of theirs was on the timeline yet.
    for (const [m, d] of [
      [3, 18],
      [4, 19],
      [4, 29],
    ] as const)
      expect(changesOn(bundled, day(2016, m, d))).toEqual([]);
  });

  it("lists an outcome of an undated page once all it reports has happened, and prints no date for the page", () => {
    const ended = (y: number, m: number, d: number) =>
      changesOn(bundled, day(y, m, d)).filter((c) => c.event === "jessica-jones-2-production");
    expect(ended(2017, 9, 1)).toEqual([]);
    expect(ended(2017, 9, 30).map(changeText)).toEqual([
      "Screen Rant, date not printed: Jessica Jones season 2 production begins: ended September 2017; " +
        "reported October 2016 or later, approximately",
    ]);
    expect(changesOn(bundled, day(2016, 10, 1))).toEqual([]);
    expect(changesOn(bundled, day(2016, 10, 31)).map(changeText)).toEqual([
      "Wikipedia copy (funcorner.eu), date not printed: Iron Fist season 1 starts filming: " +
        "ran from April 2016 to October 2016; reported April – May 2016",
      "Screen Rant, date not printed: The Defenders production begins: started October 2016; " +
        "reported late 2016, approximately",
    ]);
    expect(changesOn(bundled, day(2017, 3, 1))).toEqual([]);
  });

  it("lists a report that only repeats what was known, so that its day has a line", () => {
    const data = dataset([
      event(
        "e",
        [cite("may2", { claim: { start: "2016-03" } }), cite("may11", { claim: { start: "2016-03" } })],
        {
          start: "2016-03",
        },
      ),
    ]);
    expect(changesOn(data, day(2016, 5, 11))).toEqual([
      {
        kind: "repeated",
        event: "e",
        citation: 1,
        source: "may11",
        parts: {
          source: "Publisher may11, 11 May 2016",
          label: "Label e",
          words: "March 2016, as before (Publisher may2)",
        },
      },
    ]);
  });

  it("says a repeating report's own, vaguer date, not the day it never gave, and the date that stays", () => {
    const data = dataset([
      event(
        "e",
        [cite("may2", { claim: { start: "2016-03-05" } }), cite("may11", { claim: { start: "2016-03" } })],
        { start: "2016-03-05" },
      ),
    ]);
    expect(changesOn(data, day(2016, 5, 11)).map((c) => [c.kind, c.parts.words])).toEqual([
      ["repeated", "March 2016; stays 5 March 2016 (Publisher may2)"],
    ]);
  });

  it("has a line on every day the as-of control steps to, and on no other day (random datasets)", () => {
    fc.assert(
      fc.property(datasets, (random) => {
        const sources = new Map(random.sources.map((s) => [s.id, s]));
        const steps = new Set(asOfDays(random).days);
        // Every day a claim could be known or shown, and the days around them.
        const candidates = new Set<number>();
        for (const e of random.events)
          for (const c of eventClaims(e, sources))
            for (const d of [c.knownFrom, c.shownFrom])
              if (Number.isFinite(d))
                for (const near of [d - 86_400_000, d, d + 86_400_000]) candidates.add(near);
        for (const d of candidates) expect(changesOn(random, d).length > 0).toBe(steps.has(d));
        for (const d of steps) expect(candidates).toContain(d);
      }),
      { numRuns: 300 },
    );
  });

  it("gives each line its own event, citation and kind, and names no event not on the timeline (random orders)", () => {
    // The random datasets, each claim given orders to other events (an event's own fields too).
    const TYPES = ["before", "after", "back-to-back"] as const;
    const ordered = fc
      .tuple(datasets, fc.array(fc.nat(99), { minLength: 40, maxLength: 40 }))
      .map(([data, picks]): Dataset => {
        let k = 0;
        const pick = () => picks[k++ % picks.length] ?? 0;
        const ids = data.events.map((e) => e.id);
        const relations = (self: string) =>
          ids
            .filter((id) => id !== self && pick() % 2 === 0)
            .map((id) => ({ type: TYPES[pick() % 3] ?? "before", event: id }));
        return {
          ...data,
          events: data.events.map((e) => ({
            ...e,
            relations: relations(e.id),
            citations: e.citations.map((c) =>
              c.outcome === true || !c.claim
                ? c
                : { ...c, claim: { ...c.claim, relations: relations(e.id) } },
            ),
          })),
        };
      });
    fc.assert(
      fc.property(ordered, (data) => {
        for (const d of asOfDays(data).days) {
          const lines = changesOn(data, d);
          expect(new Set(lines.map((c) => `${c.event}:${c.citation}:${c.kind}`)).size).toBe(lines.length);
          const shown = new Set(datasetAsOf(data, d).events.map((e) => e.id));
          for (const c of lines) expect(shown).toContain(c.event);
        }
      }),
      { numRuns: 300 },
    );
  });
});
