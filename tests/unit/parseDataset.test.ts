import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { parseDataset, parseDatasetText } from "../../src/data/parseDataset.ts";
import { NOT_AN_ID } from "../../src/data/schema.ts";

const source = (over: Record<string, unknown> = {}) => ({
  id: "src",
  title: "An article",
  publisher: "Example News",
  author: null,
  published: "2016-05-11",
  url: "https://example.com/a",
  ...over,
});
const event = (over: Record<string, unknown> = {}) => ({
  id: "e1",
  show: "show",
  kind: "filming",
  label: "Filming",
  start: "2016-05",
  certainty: "reported",
  citations: [{ source: "src", quote: "Filming starts in May." }],
  ...over,
});
const dataset = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  shows: [{ id: "show", title: "Show" }],
  sources: [source()],
  events,
  ...extra,
});

/** Said of the last citation left out, which takes its event. */
const EVENT_GOES = " (the event has no other citation, so it is left out)";

/** Parses and returns the problems and the ids of the events that were kept. */
function check(json: unknown) {
  const { dataset: parsed, problems } = parseDataset(json);
  return { kept: parsed.events.map((e) => e.id), problems };
}

/** check() of the dataset as a file gives it: through JSON. */
const checkJson = (json: unknown) => check(JSON.parse(JSON.stringify(json)));

describe("parseDataset() says what a field should be in plain words, not zod's", () => {
  const cite = (over: Record<string, unknown>) => [{ source: "src", quote: "q", ...over }];
  it.each([
    [
      "text given a number",
      event({ label: 5 }),
      "events[0].label",
      'should be text, but is the number 5; write "5", in quotes',
    ],
    [
      "a number given text",
      event({ season: "one" }),
      "events[0].season",
      'should be a number, but is the text "one"',
    ],
    [
      "a whole number given a fraction",
      event({ season: 1.5 }),
      "events[0].season",
      "should be a whole number, but is 1.5",
    ],
    ["a season of 0", event({ season: 0 }), "events[0].season", "should be at least 1, but is 0"],
    ["a season of 5000", event({ season: 5000 }), "events[0].season", "should be at most 1000, but is 5000"],
    [
      "a word not in the format",
      event({ kind: "party" }),
      "events[0].kind",
      'should be one of "filming", "production", "release" or "announcement", but is "party"',
    ],
    [
      "a word given a number",
      event({ certainty: 3 }),
      "events[0].certainty",
      'should be one of "confirmed", "reported" or "speculative", but is the number 3',
    ],
    [
      "a list given an object",
      event({ relations: {} }),
      "events[0].relations",
      "should be a list ([…]), but is an object",
    ],
    [
      "an object given text",
      event({ relations: ["after:b"] }),
      "events[0].relations[0]",
      'should be an object ({…}), but is the text "after:b"; write {"type": "after", "event": "b"} (relation left out)',
    ],
    [
      "a flag given false",
      event({ citations: cite({ outcome: false }) }),
      "events[0].citations[0].outcome",
      "should be true (or left out), but is false",
    ],
    ["text given true", event({ note: true }), "events[0].note", "should be text, but is true"],
    ["text given null", event({ label: null }), "events[0].label", "should be text, but is null"],
  ])("%s", (_, item, path, said) => {
    const { problems } = check(dataset([item]));
    expect(problems.map((p) => [p.path, p.reason.replace(EVENT_GOES, "")])).toContainEqual([path, said]);
  });

  it("says a source's one word, and the dataset's own title, the same way", () => {
    const { problems } = check({
      ...dataset([event()], { title: 5 }),
      sources: [source({ evidence: "blog" })],
    });
    expect(problems.map((p) => [p.path, p.reason])).toEqual(
      expect.arrayContaining([
        // Kept as a dataset, without the title it cannot use: said as ignored, as an unknown key is.
        ["title", "should be text, but is the number 5 (ignored)"],
        ["sources[0].evidence", 'should be "wiki", but is "blog"'],
      ]),
    );
  });

  it("says one problem a field, the format's own bound: a season of 1e308 is over 1000, not also over 2^53", () => {
    const { problems } = parseDataset(dataset([event({ season: 1e308 })]));
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ["events[0].season", "should be at most 1000, but is 1e+308"],
    ]);
  });

  it("counts problems of one kind together whatever the value: 150 wrong labels keep 100 and count 50", () => {
    const events = Array.from({ length: 150 }, (_, i) => event({ id: `e${i}`, label: i }));
    const { problems, omitted } = parseDataset(dataset(events));
    expect(problems).toHaveLength(100);
    expect(omitted.map((o) => o.count)).toEqual([50]);
  });
});

describe("parseDataset()", () => {
  it("keeps a valid dataset whole and reports nothing", () => {
    const { kept, problems } = check(
      dataset([event(), event({ id: "e2", kind: "release", start: "2016-09-30" })]),
    );
    expect(kept).toEqual(["e1", "e2"]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["a missing field", event({ label: undefined }), "events[0].label"],
    ["a wrong type", event({ season: "two" }), "events[0].season"],
    ["an unreadable date", event({ start: "late 2016" }), "events[0].start"],
    ["an impossible date", event({ start: "2016-02-30" }), "events[0].start"],
    ["an unknown kind", event({ kind: "rumour" }), "events[0].kind"],
    ["an unknown certainty", event({ certainty: "sure" }), "events[0].certainty"],
    ["no citations", event({ citations: [] }), "events[0].citations"],
    [
      "an empty quote",
      event({ citations: [{ source: "src", quote: "  " }] }),
      "events[0].citations[0].quote",
    ],
    ["end before start", event({ start: "2017-03", end: "2016-10" }), "events[0].end"],
    ["an end on a milestone", event({ kind: "release", end: "2017" }), "events[0].end"],
    ["an end without a start", event({ start: null, end: "2017" }), "events[0].end"],
    ["an unknown show", event({ show: "nope" }), "events[0].show"],
    [
      "a citation of an unknown source",
      event({ citations: [{ source: "nope", quote: "q" }] }),
      "events[0].citations[0].source",
    ],
  ])("leaves out an event with %s and names its path", (_, bad, path) => {
    const { kept, problems } = check(dataset([bad, event({ id: "ok" })]));
    expect(kept).toEqual(["ok"]);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.every((p) => p.id === "e1")).toBe(true);
  });

  it.each([
    ["U+202E", "\u202Egnp.exe"],
    ["U+2066", "a\u2066b"],
    ["U+200F", "a\u200Fb"],
    ["U+061C", "a\u061Cb"],
    ["U+200B", "a\u200Bb"],
    ["U+FEFF", "a\uFEFFb"],
    ["U+0007", "bell\u0007"],
    ["U+3164", "a\u3164b"],
    ["U+00AD", "a\u00ADb"],
    ["U+2061", "a\u2061b"],
    ["U+2064", "a\u2064b"],
    ["U+180E", "a\u180Eb"],
    ["U+E0041", "a\u{E0041}b"],
    ["U+E007F", "a\u{E007F}b"],
    ["U+FE0F", "a\uFE0F"],
  ])("leaves out text that hides a %s, naming the character and the path", (code, label) => {
    const { kept, problems } = check(dataset([event({ label }), event({ id: "ok" })]));
    expect(kept).toEqual(["ok"]);
    expect(problems).toEqual([
      { id: "e1", path: "events[0].label", reason: expect.stringContaining(code), effect: "left out" },
    ]);
  });

  it("leaves out text with half a surrogate pair (a lone \\ud800 escape), which breaks the quote's links", () => {
    const text = JSON.stringify(
      dataset([
        event({ citations: [{ source: "src", quote: "LONE" }] }),
        event({ id: "e2", label: "LONE" }),
        event({ id: "ok", label: "A pair is one character: 👩" }),
      ]),
    ).replaceAll("LONE", "cut \\ud83d here");
    const { dataset: parsed, problems } = parseDatasetText(text);
    expect(parsed.events.map((e) => e.id)).toEqual(["ok"]);
    const said =
      "contains U+D83D, half of a surrogate pair without its other half: not a character (a broken \\u escape?)";
    expect(problems).toEqual([
      { id: "e1", path: "events[0].citations[0].quote", reason: `${said}${EVENT_GOES}`, effect: "left out" },
      { id: "e2", path: "events[1].label", reason: said, effect: "left out" },
    ]);
  });

  it("leaves out text with a noncharacter (U+FFFF, U+FFFE), which no saved SVG could hold", () => {
    const { kept, problems } = check(
      dataset([event({ label: "Ends\uFFFF" }), event({ id: "e2", label: "\uFFFE" }), event({ id: "ok" })]),
    );
    expect(kept).toEqual(["ok"]);
    expect(problems.map(({ path, reason }) => `${path}: ${reason}`)).toEqual([
      "events[0].label: contains U+FFFF, a noncharacter: no text holds one, and a saved SVG with it would not open",
      "events[1].label: contains U+FFFE, a noncharacter: no text holds one, and a saved SVG with it would not open",
    ]);
  });

  it("says how long a list or an id over its limit is, and what the limit is", () => {
    const citation = { source: "src", quote: "Filming starts in May." };
    const relation = { type: "after", event: "ok" };
    const { problems } = check(
      dataset([
        event({ citations: Array.from({ length: 101 }, () => citation) }),
        event({ id: "e2", relations: Array.from({ length: 150 }, () => relation) }),
        event({ id: "e".repeat(121) }),
        event({ id: "ok" }),
      ]),
    );
    expect(problems.map(({ path, reason }) => `${path}: ${reason}`)).toEqual([
      "events[0].citations: has 101 citations; at most 100 are allowed",
      "events[1].relations: has 150 relations; at most 100 are allowed",
      "events[2].id: is 121 characters long; an id has at most 120",
    ]);
  });

  it("says a claim's relations over the limit as an event's are", () => {
    const relations = Array.from({ length: 150 }, () => ({ type: "after", event: "ok" }));
    const claimed = { source: "src", quote: "Filming starts in May.", claim: { relations } };
    const { problems } = check(dataset([event({ citations: [claimed] }), event({ id: "ok" })]));
    expect(problems.map(({ path, reason }) => `${path}: ${reason}`)).toEqual([
      `events[0].citations[0].claim.relations: has 150 relations; at most 100 are allowed${EVENT_GOES}`,
    ]);
  });

  it("keeps a variation selector right after an emoji", () => {
    const { kept } = check(dataset([event({ label: "Love \u2764\uFE0F and 1\uFE0F\u20E3" })]));
    expect(kept).toEqual(["e1"]);
  });

  it("names the key an unknown one was probably meant to be, where the object does not give that one too", () => {
    const { problems } = check({
      ...dataset([
        event({
          notes: "n",
          citations: [{ source: "src", qoute: "Filming starts in May.", quote: "Filming starts in May." }],
        }),
        event({ id: "e2", citations: [{ source: "src", quote: "q", claim: { strat: "2016" } }] }),
        event({ id: "e3", citations: [{ source: "src", quote: "q", claim_start: "2016" }] }),
      ]),
      shows: [{ id: "show", title: "Show", colour: "#123456" }],
      // No "author": "Author" is taken for it (beside an "author", it would be something else).
      sources: [{ ...source(), author: "A. Writer" }].map(({ author, ...rest }) => ({
        ...rest,
        Author: author,
      })),
      titel: "Mine",
    });
    expect(problems.map((p) => `${p.path}: ${p.reason.replace(EVENT_GOES, "")}`)).toEqual([
      'titel: unknown key "titel" (did you mean "title"?) (ignored)',
      'shows[0].colour: unknown key "colour" (did you mean "color"?) (ignored)',
      'sources[0].Author: unknown key "Author" (did you mean "author"?) (ignored)',
      'events[0].citations[0].qoute: unknown key "qoute" (ignored)',
      'events[0].notes: unknown key "notes" (did you mean "note"?) (ignored)',
      'events[1].citations[0].claim.strat: unknown key "strat" (did you mean "start"?) (ignored)',
      // A claim's key written flat, as a sheet's column names it: pointed to its place.
      'events[2].citations[0].claim_start: unknown key "claim_start" (did you mean "claim": { "start": … }?) (ignored)',
    ]);
  });

  it("gives an item's id typed as words the id it could be, but not an id named elsewhere (its item's is)", () => {
    const { problems } = checkJson({
      ...dataset([event({ id: "E 1", show: "My Show" })]),
      shows: [{ id: "My Show", title: "Show" }],
    });
    expect(problems.map((p) => `${p.path}: ${p.reason.replace(EVENT_GOES, "")}`)).toEqual([
      'shows[0].id: ids are lower-case words joined by hyphens, like luke-cage-1-release: "My Show" could be my-show (write it so here and wherever the id is named)',
      'events[0].id: ids are lower-case words joined by hyphens, like luke-cage-1-release: "E 1" could be e-1 (write it so here and wherever the id is named)',
      // The show it names may have another id (the one its own problem gives): no guess here.
      "events[0].show: ids are lower-case words joined by hyphens, like luke-cage-1-release",
    ]);
  });

  it("names the key a required one was mistyped as, though the item is left out for it", () => {
    // Through JSON, as a file is read: a key given as undefined is no key.
    const { kept, problems } = checkJson(
      dataset([
        event({ label: undefined, lable: "Filming" }),
        event({ id: "e2", certainty: undefined, certainity: "reported", citations: undefined, citation: [] }),
        // Not near: said missing, and nothing more.
        event({ id: "e3", label: undefined, caption: "Filming" }),
      ]),
    );
    expect(kept).toEqual([]);
    expect(problems.map((p) => `${p.path}: ${p.reason.replace(EVENT_GOES, "")}`)).toEqual([
      'events[0].label: is required but missing; "lable" is given: did you mean "label"?',
      'events[1].certainty: is required but missing; "certainity" is given: did you mean "certainty"?',
      'events[1].citations: is required but missing; "citation" is given: did you mean "citations"?',
      "events[2].label: is required but missing",
    ]);
  });

  it("escapes an unknown key's direction override in the JSON path, and cuts a 1 MB key", () => {
    const huge = "k".repeat(1_000_000);
    const { problems } = check(dataset([event({ "\u202Eevil": 1 }), event({ id: "e2", [huge]: 1 })]));
    const paths = problems.map((p) => p.path);
    expect(paths[0]).toBe("events[0].\\u{202E}evil");
    expect(paths.join("")).not.toContain("\u202E");
    expect(paths[1]?.length).toBeLessThan(120);
  });

  it("keeps zero-width joiners, which scripts and emoji need", () => {
    const { kept } = check(
      dataset([event({ label: "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 👩\u200D💻" })]),
    );
    expect(kept).toEqual(["e1"]);
  });

  it("leaves out the second of two items with the same id, saying where the first is", () => {
    const { kept, problems } = check(dataset([event(), event({ label: "again" })]));
    expect(kept).toEqual(["e1"]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[1].id",
        reason: 'duplicate id "e1" (first used at events[0])',
        effect: "left out",
      },
    ]);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["mixed-case javascript:", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<b>x</b>"],
    ["protocol-relative", "//evil.example/x"],
    ["a relative path", "/articles/1"],
    ["ftp:", "ftp://example.com/a"],
    ["tab-split javascript:", "java\tscript:alert(1)"],
    ["whitespace-led", " https://example.com/a"],
    ["whitespace-broken", "https://exa mple.com/a"],
    ["user-info", "https://www.screenrant.com@127.0.0.1/a"],
    ["user-and-password", "https://screenrant.com:x@evil.example/a"],
    ["bare @", "https://@evil.example/a"],
  ])("leaves out a source with a %s URL, and the events that cite it", (_, url) => {
    const { dataset: parsed, problems } = parseDataset(dataset([event()], { sources: [source({ url })] }));
    expect(parsed.sources).toEqual([]);
    expect(parsed.events).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(["sources[0].url", "events[0].citations[0].source"]);
  });

  it.each([
    "https://www.screenrant.com@127.0.0.1/a",
    "https://screenrant.com:x@evil.example/a",
    "https://@evil.example/a",
  ])("says of %s that it names a user before its host, not that it is no http(s) URL", (url) => {
    const { problems } = parseDataset(dataset([event()], { sources: [source({ url })] }));
    expect(problems[0]?.reason).toBe(
      'must not name a user or password before its host ("…@"), which can hide where it goes',
    );
  });

  it("keeps a show with a bad colour without it: one cause, one problem, and its events stay", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([event(), event({ id: "second" })], { shows: [{ id: "show", title: "Show", color: "red" }] }),
    );
    expect(parsed.shows).toEqual([{ id: "show", title: "Show" }]);
    expect(parsed.events.map((e) => e.id)).toEqual(["e1", "second"]);
    expect(problems.map((p) => [p.path, p.reason, p.effect])).toEqual([
      [
        "shows[0].color",
        "must be a colour like #1f77b4 (ignored: the show is drawn in one of the chart's own colours)",
        "kept",
      ],
    ]);
  });

  it.each([
    ["#fff", "#ffffff"],
    ["b11313", "#b11313"],
    ["#B13", "#BB1133"],
  ])("says what a colour written %s means: %s", (written, meant) => {
    const { problems } = parseDataset(
      dataset([event()], { shows: [{ id: "show", title: "Show", color: written }] }),
    );
    expect(problems.map((p) => p.reason)).toEqual([
      `must be a colour like #1f77b4; try ${meant} (ignored: the show is drawn in one of the chart's own colours)`,
    ]);
  });

  it("leaves out a show with a bad colour and a bad title, its colour not said to be drawn in another", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([], { shows: [{ id: "show", title: 7, color: "red" }] }),
    );
    expect(parsed.shows).toEqual([]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["shows[0].title", "left out"],
      ["shows[0].color", "left out"],
    ]);
    expect(problems.map((p) => p.reason).join()).not.toContain("ignored");
  });

  it("keeps a source whose host is in non-ASCII letters, its problem said as kept, and the events citing it", () => {
    const url = "https://netfl\u0456x.com/news"; // a Cyrillic "і"
    const { dataset: parsed, problems } = parseDataset(dataset([event()], { sources: [source({ url })] }));
    expect(parsed.sources.map((s) => s.url)).toEqual([url]);
    expect(parsed.events.map((e) => e.id)).toEqual(["e1"]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([["sources[0].url", "kept"]]);
  });

  it("says each problem that loses its item as left out", () => {
    const { problems } = parseDataset(
      dataset([event(), event({ id: "e2", show: "nobody" }), event({ id: "e1" })]),
    );
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["events[2].id", "left out"],
      ["events[1].show", "left out"],
    ]);
  });

  it("says a single date's kind with its article: a release, an announcement", () => {
    const { problems } = check(
      dataset([
        event({ kind: "release", end: "2016-06" }),
        event({ id: "e2", kind: "announcement", end: "2016-06" }),
        event({
          id: "e3",
          kind: "announcement",
          citations: [{ source: "src", quote: "Q.", claim: { start: "2016-05", end: "2016-06" } }],
        }),
      ]),
    );
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^a release is a single date: /),
      expect.stringMatching(/^an announcement is a single date: /),
      expect.stringMatching(/^an announcement is a single date: /),
    ]);
  });

  it("says an event's show is left out for a problem of its own, not that it is unknown", () => {
    const { problems } = check(dataset([event()], { shows: [{ id: "show", title: 7 }] }));
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ["shows[0].title", 'should be text, but is the number 7; write "7", in quotes'],
      ["events[0].show", 'show "show" is left out for a problem of its own'],
    ]);
  });

  it("keeps the format strict: a capitalised kind or certainty is refused (only a spreadsheet reads any case)", () => {
    const { kept, problems } = check(dataset([event({ kind: "Filming", certainty: "Reported" })]));
    expect(kept).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(["events[0].kind", "events[0].certainty"]);
  });

  it("keeps an event on its good citation when another cites an unknown source, naming that one", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([
        event({
          citations: [
            { source: "sorce", quote: "Cameras roll in May." },
            { source: "src", quote: "Filming starts in May." },
          ],
        }),
      ]),
    );
    expect(parsed.events[0]?.citations).toEqual([{ source: "src", quote: "Filming starts in May." }]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].citations[0].source",
        reason: 'cites unknown source "sorce"; did you mean "src"? (citation left out)',
        effect: "left out",
      },
    ]);
  });

  it("keeps an event on its good citation when another's source is left out, naming both problems", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset(
        [
          event({
            citations: [
              { source: "src", quote: "Filming starts in May." },
              { quote: "  ", source: "src" },
              { source: "bad", quote: "Cameras roll in May." },
            ],
          }),
        ],
        { sources: [source(), source({ id: "bad", url: "javascript:alert(1)" })] },
      ),
    );
    expect(parsed.events[0]?.citations.map((c) => c.quote)).toEqual(["Filming starts in May."]);
    // Paths stay those of the file, past a citation the schema refused.
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ["sources[1].url", expect.any(String)],
      ["events[0].citations[1].quote", "must not be empty (citation left out)"],
      [
        "events[0].citations[2].source",
        'cites source "bad", which is left out for a problem of its own (citation left out)',
      ],
    ]);
  });

  it("leaves out an event when every citation cites an unknown source: nothing unsourced is drawn", () => {
    const { kept, problems } = check(
      dataset([
        event({
          citations: [
            { source: "nope", quote: "Q." },
            { source: "nada", quote: "Q." },
          ],
        }),
      ]),
    );
    expect(kept).toEqual([]);
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ["events[0].citations[0].source", `cites unknown source "nope"${EVENT_GOES}`],
      ["events[0].citations[1].source", `cites unknown source "nada"${EVENT_GOES}`],
    ]);
  });

  it("leaves out an event whose only citation is an impossible outcome, saying the event goes with it", () => {
    const outcome = { source: "src", quote: "It premiered.", outcome: true, claim: { start: "2017-06-01" } };
    const { kept, problems } = check(
      dataset([event({ kind: "release", start: "2017", citations: [outcome] })]),
    );
    expect(kept).toEqual([]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].citations[0].claim.start",
        reason: expect.stringMatching(
          /^an outcome dated 2017-06-01 cannot be reported .*ahead \(the event has no other citation, so it is left out\)$/,
        ),
        effect: "left out",
      },
    ]);
  });

  it("drops only the relation when its type is not one the format knows, on an event otherwise good", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([
        event({
          relations: [
            { type: "afterr", event: "ok" },
            { type: "after", event: "ok" },
          ],
        }),
        event({ id: "ok" }),
      ]),
    );
    expect(parsed.events[0]?.relations).toEqual([{ type: "after", event: "ok" }]);
    expect(problems.map((p) => [p.path, p.reason, p.effect])).toEqual([
      [
        "events[0].relations[0].type",
        'should be one of "after", "before" or "back-to-back", but is "afterr" (relation left out)',
        "left out",
      ],
    ]);
  });

  it("drops a claim's mistyped relation, keeping the citation and what else it claimed", () => {
    const claimed = {
      source: "src",
      quote: "Filming starts in May.",
      claim: { start: "2016-05", relations: [{ type: "afterr", event: "ok" }] },
    };
    const { dataset: parsed, problems } = parseDataset(dataset([event({ citations: [claimed] })]));
    expect(parsed.events[0]?.citations[0]?.claim).toEqual({ start: "2016-05" });
    expect(problems.map((p) => p.path)).toEqual(["events[0].citations[0].claim.relations[0].type"]);
  });

  it("keeps saying a bad relation as it is when its event is refused for another fault", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([event({ kind: "party", relations: [{ type: "afterr", event: "ok" }] }), event({ id: "ok" })]),
    );
    expect(parsed.events.map((e) => e.id)).toEqual(["ok"]);
    expect(problems.map((p) => p.reason).join("\n")).not.toContain("relation left out");
    expect(problems.map((p) => p.path)).toContain("events[0].relations[0].type");
  });

  it("drops only the relation when it points at an unknown event", () => {
    const { dataset: parsed, problems } = parseDataset(
      dataset([event({ relations: [{ type: "after", event: "ghost" }] })]),
    );
    expect(parsed.events[0]?.relations).toEqual([]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].relations[0].event",
        reason: 'relation to unknown event "ghost" (left out)',
        effect: "left out",
      },
    ]);
  });

  it("names a relation to an event left out for a problem of its own as that, not as unknown", () => {
    const { problems } = parseDataset(
      dataset([
        event({ id: "e1", start: "2016-02-30" }),
        event({ id: "e2", relations: [{ type: "after", event: "e1" }] }),
      ]),
    );
    expect(problems.map((p) => [p.path, p.reason])).toContainEqual([
      "events[1].relations[0].event",
      'relation to event "e1", which is left out for a problem of its own (left out)',
    ]);
  });

  it("drops only a claim's relation when it points at an unknown event or its own, as the event's own", () => {
    const claimed = (target: string) => ({
      source: "src",
      quote: "It comes after that.",
      claim: { relations: [{ type: "after" as const, event: target }] },
    });
    const { dataset: parsed, problems } = parseDataset(
      dataset([event({ citations: [{ source: "src", quote: "Q." }, claimed("ghost"), claimed("e1")] })]),
    );
    expect(parsed.events[0]?.citations.map((c) => c.claim?.relations)).toEqual([undefined, [], []]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].citations[1].claim.relations[0].event",
        reason: 'relation to unknown event "ghost" (left out)',
        effect: "left out",
      },
      {
        id: "e1",
        path: "events[0].citations[2].claim.relations[0].event",
        reason: "an event cannot relate to itself (left out)",
        effect: "left out",
      },
    ]);
  });

  it("keeps an order given twice in one list once, and says so as worth checking", () => {
    const after = { type: "after" as const, event: "e1" };
    const { dataset: parsed, problems } = parseDataset(
      dataset([
        event(),
        event({
          id: "e2",
          relations: [after, { type: "before", event: "e1" }, after],
          citations: [{ source: "src", quote: "Q.", claim: { relations: [after, after] } }],
        }),
      ]),
    );
    expect(parsed.events[1]?.relations).toEqual([after, { type: "before", event: "e1" }]);
    expect(parsed.events[1]?.citations[0]?.claim?.relations).toEqual([after]);
    expect(problems).toEqual([
      {
        id: "e2",
        path: "events[1].relations[2]",
        reason: 'after "e1" a second time (the repeat is left out)',
        effect: "kept",
      },
      {
        id: "e2",
        path: "events[1].citations[0].claim.relations[1]",
        reason: 'after "e1" a second time (the repeat is left out)',
        effect: "kept",
      },
    ]);
  });

  it("reads an item without the keys the format does not know, kept and said as worth checking", () => {
    const { dataset: parsed, problems } = parseDataset({
      ...dataset([
        event({
          colour: "red",
          citations: [{ source: "src", quote: "Q.", sorce: "src", claim: { start: "2016", strat: "2017" } }],
        }),
      ]),
      shows: [{ id: "show", title: "Show", colour: "#123456" }],
    });
    expect(parsed.shows).toEqual([{ id: "show", title: "Show" }]);
    expect(parsed.events.map((e) => e.id)).toEqual(["e1"]);
    expect(parsed.events[0]).not.toHaveProperty("colour");
    expect(parsed.events[0]?.citations).toEqual([{ source: "src", quote: "Q.", claim: { start: "2016" } }]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["shows[0].colour", "kept"],
      ["events[0].citations[0].claim.strat", "kept"],
      ["events[0].citations[0].sorce", "kept"],
      ["events[0].colour", "kept"],
    ]);
    expect(problems.every((p) => p.reason.endsWith(" (ignored)"))).toBe(true);
  });

  it("still leaves out an item with an unknown key and a fault of its own, naming both", () => {
    const { kept, problems } = check(
      dataset([event({ colour: "red", kind: "rumour" }), event({ id: "ok" })]),
    );
    expect(kept).toEqual(["ok"]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["events[0].colour", "left out"],
      ["events[0].kind", "left out"],
    ]);
  });

  it("reports an unknown top-level key without losing the data", () => {
    const { kept, problems } = check(dataset([event()], { extra: 1 }));
    expect(kept).toEqual(["e1"]);
    expect(problems).toEqual([
      { id: null, path: "extra", reason: 'unknown key "extra" (ignored)', effect: "kept" },
    ]);
  });

  it("treats __proto__ as data, not as a way to change objects", () => {
    const parsed = parseDatasetText(
      JSON.stringify(dataset([event()])).replace("{", '{"__proto__":{"polluted":1},'),
    );
    expect(parsed.problems.map((p) => p.path)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("throws a DatasetError naming the missing array when a top-level list is missing", () => {
    expect(() => parseDataset({ shows: [], sources: [] })).toThrow(
      new DatasetError('The dataset has no "events" array.'),
    );
    expect(() => parseDataset({ shows: [], sources: {}, events: [] })).toThrow('"sources" must be an array.');
  });

  it("names the key a missing top-level list was written as: the file is refused for one letter", () => {
    expect(() => parseDataset({ shows: [], Sources: [], events: [] })).toThrow(
      new DatasetError('The dataset has no "sources" array: it has "Sources"; did you mean "sources"?'),
    );
    expect(() => parseDataset({ shows: [], sources: [], event: [] })).toThrow(
      new DatasetError('The dataset has no "events" array: it has "event"; did you mean "events"?'),
    );
  });

  it("throws a DatasetError for JSON that is not an object", () => {
    expect(() => parseDataset([])).toThrow(DatasetError);
    expect(() => parseDataset(null)).toThrow(DatasetError);
  });
});

describe("parseDatasetText()", () => {
  it("says the text is not JSON, and where", () => {
    expect(() => parseDatasetText("{ nope")).toThrow(/not valid JSON/);
  });

  it("says at which line and column of the file, as an editor shows them, not only at which offset", () => {
    // A comma after the last field, as a hand edit leaves it (newer engines say the line themselves).
    expect(() => parseDatasetText('{\n  "title": "x",\n  "shows": [],\r\n}')).toThrow(/line 4,? column 1\b/);
  });

  it("shows a binary file's control characters in its message as escapes, not as themselves", () => {
    const message = (() => {
      try {
        // Past the first 512 characters, where a file's kind is told, and not JSON.
        parseDatasetText(`{"title": "${"x".repeat(600)}", "a": \u0001\u0002\tPK\u0003\u0004 binary`);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toMatch(/^The dataset is not valid JSON: /);
    expect(message).toContain("\\u{1}");
    expect([...message].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
  });

  it("says the file is empty", () => {
    expect(() => parseDatasetText("  \n")).toThrow("The dataset file is empty.");
  });
});

describe("parseDataset() suggests the likely fix", () => {
  it("keeps a source that leaves out its author: absent means unknown", () => {
    const anonymous: Record<string, unknown> = source();
    delete anonymous["author"];
    const { kept, problems } = check({ ...dataset([event()]), sources: [anonymous] });
    expect(problems).toEqual([]);
    expect(kept).toEqual(["e1"]);
  });

  it("tells a URL with spaces, or without its scheme, what it likely is, as a sheet's cell is told", () => {
    const { problems } = check(
      dataset([event()], {
        sources: [
          source({ url: "https://example.com/a b" }),
          source({ id: "b", url: "www.example.com/a" }),
          source({ id: "c", url: "not a link" }),
        ],
      }),
    );
    expect(problems.slice(0, 3).map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "sources[0].url: must be an absolute http:// or https:// URL: a URL has no spaces; write each as %20 " +
        "(https://example.com/a%20b), or check the address",
      "sources[1].url: must be an absolute http:// or https:// URL: write it with its scheme, as the browser's " +
        "address bar shows it: https://www.example.com/a (or http://)",
      "sources[2].url: must be an absolute http:// or https:// URL",
    ]);
  });

  it("refuses a URL copied with its sentence's ). or cut short with …, with the fix, as a sheet's cell is told", () => {
    const { problems } = check(
      dataset([event()], {
        sources: [
          source({ url: "https://variety.com/st2)." }),
          source({ id: "b", url: "https://variety.com/st2…" }),
        ],
      }),
    );
    expect(problems.slice(0, 2).map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'sources[0].url: must be an absolute http:// or https:// URL: drop the ")." at its end, copied with the ' +
        "address from the sentence around it: https://variety.com/st2",
      "sources[1].url: must be an absolute http:// or https:// URL: it ends in …, as an address shown cut short " +
        "does (in a post or on a page); copy the whole address from the link itself",
    ]);
  });

  it("names an invisible character in a URL and says to delete it, as it does in any text", () => {
    const { problems } = check(
      dataset([event()], { sources: [source({ url: "https://variety.com/st2\u200b" })] }),
    );
    expect(problems[0]?.reason).toBe(
      "contains U+200B, an invisible control or direction character that could disguise where it goes: delete it",
    );
  });

  it("tells an optional key given empty or null that it may be left out, where that is what left its item out", () => {
    const { problems } = check({ ...dataset([event()]), sources: [source({ author: "" })] });
    expect(problems[0]?.reason).toBe(
      'must not be empty; "author" is optional: leave it out rather than write it empty',
    );
    const events = check(dataset([event({ note: "", season: null })])).problems;
    expect(events.map((p) => `${p.path}: ${p.reason}`).sort()).toEqual([
      'events[0].note: must not be empty; "note" is optional: leave it out rather than write it empty',
      'events[0].season: should be a number, but is null; "season" is optional: leave it out rather than write it null',
    ]);
    // A required key given empty is told no such thing.
    const label = check(dataset([event({ label: "" })])).problems;
    expect(label.map((p) => p.reason)).toEqual(["must not be empty"]);
  });

  it("gives an event's show written as the show's title, or in capitals, the show's id", () => {
    const shows = [{ id: "luke-cage", title: "Luke Cage" }];
    const { problems } = check({
      ...dataset([
        event({ show: "Luke Cage" }),
        event({ id: "e2", show: "luke_cage" }),
        event({ id: "e3", show: "Nope Nope" }),
      ]),
      shows,
    });
    expect(problems.map((p) => p.reason.split("; ")[1])).toEqual([
      'did you mean "luke-cage" (Luke Cage)?',
      'did you mean "luke-cage" (Luke Cage)?',
      undefined,
    ]);
  });

  it("gives a citation's source written as its publisher or its title the source's id", () => {
    const sources = [
      source({ id: "screenrant-2016-05-11", publisher: "Screen Rant", title: "Marvel's Netflix shows" }),
      source({ id: "collider-2016-01-17", publisher: "Collider", title: "Defenders update" }),
      source({ id: "collider-2016-05-02", publisher: "Collider", title: "Iron Fist begins" }),
    ];
    const citing = (id: string, value: string) => event({ id, citations: [{ source: value, quote: "q" }] });
    const { problems } = check({
      ...dataset([
        citing("e1", "Screen Rant"),
        citing("e2", "screen-rant"),
        citing("e3", "Iron Fist begins"),
        citing("e4", "collider"),
        citing("e5", "Nope Nope"),
      ]),
      sources,
    });
    expect(problems.map((p) => `${p.path}: ${p.reason.replace(EVENT_GOES, "")}`)).toEqual([
      `events[0].citations[0].source: ${NOT_AN_ID}; did you mean "screenrant-2016-05-11" (Screen Rant, 11 May 2016)?`,
      `events[2].citations[0].source: ${NOT_AN_ID}; did you mean "collider-2016-05-02" (Collider, 11 May 2016)?`,
      `events[4].citations[0].source: ${NOT_AN_ID}`,
      'events[1].citations[0].source: cites unknown source "screen-rant"; did you mean "screenrant-2016-05-11" (Screen Rant, 11 May 2016)?',
      'events[3].citations[0].source: cites unknown source "collider"; Collider has 2 sources: "collider-2016-01-17", "collider-2016-05-02"',
    ]);
  });

  it("takes the days a page that prints no date lies within when they hold its published day, and no others", () => {
    const within = (span: unknown, published: string | null = "2016-05-11") =>
      check(dataset([event()], { sources: [source({ published, publishedWithin: span })] })).problems.map(
        (p) => `${p.path}: ${p.reason}`,
      );
    expect(within("2016-05-10/2016-05-13")).toEqual([]);
    expect(within("2016-05-11/2016-05-11")).toEqual([]);
    const outside =
      "sources[0].publishedWithin: must be two real days holding the published day: FROM on or before it, TO on or after it";
    expect(within("2016-05-12/2016-05-13")[0]).toBe(outside);
    expect(within("2016-05-13/2016-05-10")[0]).toBe(outside);
    expect(within("2016-05-10/2016-05-13", null)[0]).toBe(outside);
    expect(within("10-13 May 2016")[0]).toBe(
      "sources[0].publishedWithin: must be two ISO days, FROM/TO, like 2016-05-10/2016-05-13",
    );
  });

  it("says a title sources of several publishers share names them all, not one publisher's", () => {
    const sources = [
      source({ id: "a-1", publisher: "Deadline", title: "Season 2 news" }),
      source({ id: "b-1", publisher: "Variety", title: "Season 2 news" }),
    ];
    const cited = event({ citations: [{ source: "season-2-news", quote: "q" }] });
    const { problems } = check({ ...dataset([cited]), sources });
    expect(problems[0]?.reason.replace(EVENT_GOES, "")).toBe(
      'cites unknown source "season-2-news"; "season-2-news" names 2 sources: "a-1", "b-1"',
    );
  });

  it("names the near-miss show id", () => {
    const { problems } = check(dataset([event({ show: "shw" })]));
    expect(problems.map((p) => p.reason)).toEqual(['unknown show "shw"; did you mean "show"?']);
  });

  it("offers the EDTF for a date written in words", () => {
    const { problems } = check(
      dataset([event({ start: "Sept 2016" }), event({ id: "e2", end: "spring 2017" })]),
    );
    expect(problems.map((p) => [p.path, p.reason.split("; ")[1]])).toEqual([
      ["events[0].start", "try 2016-09"],
      ["events[1].end", "try 2017-21"],
    ]);
  });

  it("says a date that looks right holds an invisible character, and which, and the day a time of day is on", () => {
    const { problems } = check(
      dataset([
        event({ start: "2016-09-30\u200B" }),
        event({ id: "e2", start: "2016-09-30T23:30:00-05:00" }),
      ]),
    );
    expect(problems.map((p) => [p.path, p.reason.split("; ")[1]])).toEqual([
      ["events[0].start", "it holds U+200B, an invisible character: type the date again"],
      ["events[1].start", "try 2016-09-30 (the day as written: the timeline has no times of day)"],
    ]);
  });

  it("gives a day of publication written with its time the day as written", () => {
    const { problems } = check({
      ...dataset([event()]),
      sources: [source({ published: "2016-05-11T00:00:00Z" })],
    });
    expect(problems.map((p) => [p.path, p.reason.split("; ")[1]])).toContainEqual([
      "sources[0].published",
      "try 2016-05-11 (the day as written: the timeline has no times of day)",
    ]);
  });

  it("says which part of a numbered date or day of publication the calendar has not", () => {
    const { problems } = check({
      ...dataset([event({ start: "2016-13-01" }), event({ id: "e2", end: "2016-02-30" })]),
      sources: [{ ...source(), published: "2016-04-31" }],
    });
    expect(problems.map((p) => [p.path, p.reason.split("; ").slice(1).join("; ")])).toEqual([
      ["sources[0].published", "April 2016 has 30 days"],
      [
        "events[0].start",
        "there is no month 13: the month comes before the day; if 13 is the day, try 2016-01-13",
      ],
      ["events[1].end", "February 2016 has 29 days"],
    ]);
  });
});

describe("parseDataset() and a day of publication after today", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const published = (day: string, options?: { fastPath: boolean }) => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 23, 30) });
    const parsed = parseDataset(dataset([event()], { sources: [source({ published: day })] }), options);
    return parsed.problems.map((p) => [p.path, p.reason, p.effect]);
  };

  it.each([{ fastPath: true }, { fastPath: false }])(
    "says a page dated after today is worth checking, and keeps it (%o)",
    (options) => {
      expect(published("2061-05-11", options)).toEqual([
        [
          "sources[0].published",
          "2061-05-11 is after today (7 December 2026): a page cannot have been published yet; check its year",
          "kept",
        ],
      ]);
    },
  );

  // The validator's own rule, at a pinned now (the hot path's "today" is its module's: fastDataset.test.ts).
  it("takes today and tomorrow in UTC without a word: it is tomorrow already east of UTC+0", () => {
    const schemaOnly = { fastPath: false };
    expect(published("2026-12-07", schemaOnly)).toEqual([]);
    expect(published("2026-12-08", schemaOnly)).toEqual([]);
    expect(published("2026-12-09", schemaOnly)).toHaveLength(1);
  });
});

describe("parseDataset() and shows of one title", () => {
  it("keeps a show whose title another show has, and says so: two rows of one name", () => {
    const { kept, problems } = check(
      dataset([event(), event({ id: "e2", show: "again" })], {
        shows: [
          { id: "show", title: "Show" },
          { id: "again", title: "SHOW" },
        ],
      }),
    );
    expect(kept).toEqual(["e1", "e2"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}: ${p.effect}`)).toEqual([
      'shows[1].title: "SHOW" is the title of show "show" too: the chart would show two rows of one name, which a reader cannot tell apart; give each show a title of its own: kept',
    ]);
  });
});

describe("parseDataset() says what to write for a value of the right meaning in the wrong form", () => {
  it("a number or true in quotes, a date as a number, a word in capitals or with a space, a relation as text", () => {
    const { problems } = check(
      dataset([
        event({ id: "e1", season: "2" }),
        event({ id: "e2", start: 2016 }),
        event({ id: "e3", kind: "Filming" }),
        event({ id: "e4", certainty: "confirmed " }),
        event({ id: "e5", relations: ["after:e1"] }),
        event({ id: "e6", citations: [{ source: "src", quote: "Filming starts in May.", outcome: "true" }] }),
      ]),
    );
    expect(problems.map((p) => `${p.path}: ${/; write .*?(?= \(|$)/.exec(p.reason)?.[0] ?? ""}`)).toEqual([
      "events[0].season: ; write 2, without quotes",
      'events[1].start: ; write "2016", in quotes',
      'events[2].kind: ; write "filming"',
      'events[3].certainty: ; write "confirmed"',
      'events[4].relations[0]: ; write {"type": "after", "event": "e1"}',
      "events[5].citations[0].outcome: ; write true, without quotes",
    ]);
  });

  it("says nothing more of a value that means nothing it could be, or would be refused again", () => {
    const { problems } = check(
      dataset([
        event({ season: "two", kind: "film" }),
        event({ id: "e2", season: "2.5" }),
        event({ id: "e3", season: "0x10" }),
        event({ id: "e4", start: 123456789 }),
      ]),
    );
    expect(problems.map((p) => p.reason).filter((reason) => reason.includes("; write"))).toEqual([]);
  });

  it("gives a date written as a number as the date it is", () => {
    const { problems } = check(
      dataset([event({ start: 20160930 })], { sources: [source({ published: 2016 })] }),
    );
    expect(problems.map((p) => `${p.path}: ${/; write .*?(?= \(|$)/.exec(p.reason)?.[0] ?? ""}`)).toEqual([
      "sources[0].published: ",
      'events[0].start: ; write "2016-09-30", in quotes',
    ]);
  });
});
