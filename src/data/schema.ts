import * as z from "zod/mini";
import { isDrawableEdtf } from "../dates/isDrawableEdtf.ts";
import { COLOR_PATTERN, HTTP_URL_PATTERN, ID_PATTERN } from "./formatPatterns.ts";
import { hasUserInfo, isHttpUrl } from "./isHttpUrl.ts";
import { plainIssue } from "./plainIssue.ts";
import { unsafeCharacter } from "./unsafeCharacter.ts";
import { publishedWithin } from "./publishedWithin.ts";
import { CERTAINTIES, EVENT_KINDS, EVIDENCE_TYPES, RELATION_TYPES } from "./vocabulary.ts";

// The page's CSP allows no eval: zod must not compile parsers with `new Function`, nor even probe for it.
// zod/mini loads no locale: plainIssue says what a schema does not say itself, in a reader's words.
z.config({ jitless: true, localeError: plainIssue });

export { CERTAINTIES, EVENT_KINDS, EVIDENCE_TYPES, RELATION_TYPES, WINDOW_KINDS } from "./vocabulary.ts";
export type { Certainty, EventKind, Evidence, RelationType } from "./vocabulary.ts";

/** What an id that is not one is told (the sheet adds the id it could be). */
export const NOT_AN_ID = "ids are lower-case words joined by hyphens, like luke-cage-1-release";

/**
 * A limit on a list's or a text's length, said with the length it has (`said` is given it): zod's "Too big:
 * expected array to have <=100 items" says neither what is counted nor by how much to cut it.
 */
const atMost = (max: number, said: (length: string) => string) =>
  z.maxLength(max, {
    error: (issue) => {
      const { length } = issue.input as { readonly length?: unknown };
      // Grouped: "is 34,999,999 characters long" (a whole file pasted into a cell), as counts are elsewhere.
      return said(typeof length === "number" ? length.toLocaleString("en") : "over");
    },
  });

const id = z.string().check(
  z.regex(ID_PATTERN, NOT_AN_ID),
  atMost(120, (n) => `is ${n} characters long; an id has at most 120`),
);

/** Whether an unsafeCharacter() answer ("U+FFFF") is a noncharacter rather than an invisible one. */
const isNoncharacter = (found: string): boolean =>
  /^\p{Noncharacter_Code_Point}$/u.test(String.fromCodePoint(Number.parseInt(found.slice(2), 16)));

/**
 * What a value holding an unsafeCharacter() (`found`, "U+200B") is told: the character named, and what to do
 * with it; `invisibleNote` follows the advice to delete one (a quote's says why it may).
 */
const unsafeProblem = (found: string, disguised: string, invisibleNote = "") =>
  /^U\+D[89A-F]/.test(found)
    ? `contains ${found}, half of a surrogate pair without its other half: not a character (a broken \\u escape?)`
    : isNoncharacter(found)
      ? `contains ${found}, a noncharacter: no text holds one, and a saved SVG with it would not open`
      : `contains ${found}, an invisible control or direction character that could disguise ${disguised}: delete it${invisibleNote}`;

/** Text a reader sees: never empty, and free of characters that could reorder or hide what is shown. */
const text = (max: number, invisibleNote = "") =>
  z.string().check(
    z.trim(),
    z.minLength(1, "must not be empty"),
    atMost(max, (n) => `is ${n} characters long; at most ${max.toLocaleString("en")} are allowed`),
    z.superRefine((value, ctx) => {
      const found = unsafeCharacter(value);
      if (found) ctx.addIssue({ code: "custom", message: unsafeProblem(found, "the text", invisibleNote) });
    }),
  );

/** The problem said of a URL that is not one; exported so the spreadsheet can say what a cell held instead. */
export const NOT_A_URL = "must be an absolute http:// or https:// URL";

/** Only absolute http(s) URLs: z.url() alone would let `javascript:` through. */
const httpUrl = z.string().check(
  atMost(2000, (n) => `is ${n} characters long; a URL here has at most 2,000`),
  z.regex(HTTP_URL_PATTERN, { message: NOT_A_URL, abort: true }),
  // Named, as in any text: a zero-width space pasted with the address shows as nothing.
  z.refine((value: string) => unsafeCharacter(value) === null, {
    error: (issue) => unsafeProblem(unsafeCharacter(String(issue.input)) ?? "", "where it goes"),
    abort: true,
  }),
  z.refine((value: string) => !hasUserInfo(value), {
    message: 'must not name a user or password before its host ("…@"), which can hide where it goes',
    abort: true,
  }),
  z.refine(isHttpUrl, NOT_A_URL),
);

/** The problem said of a date that is not a day; exported so the spreadsheet can add what else it takes. */
export const NOT_A_DAY = "must be an ISO date like 2016-05-11";
/** The problem said of a date that is not EDTF (before any "try …"); exported for the same reason. */
export const NOT_EDTF =
  "is not a calendar date in EDTF (like 2016-09-30, 2016-05~, 2016-36 or 2016-10/2016-12)";

const isoDate = z.iso.date({ message: NOT_A_DAY });

/** Two days, FROM/TO: the span a page that prints no date was published within. */
const DAY_SPAN = /^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/;
const NOT_A_DAY_SPAN = "must be two ISO days, FROM/TO, like 2016-05-10/2016-05-13";

/** Like classic zod's .meta({ description }): a described copy, the original left as it was. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description }));

const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const edtf = described(
  z.string().check(z.refine(isDrawableEdtf, NOT_EDTF)),
  "An EDTF date (Library of Congress Extended Date/Time Format, ISO 8601-2): 2016-09-30, 2016-05, 2017, " +
    "2016-05~ (approximate), 2016-05? (uncertain), 2016-36 (Q4), 2015-23 (autumn), 2016-10/2016-12, 2017/..",
);

export const showSchema = z.strictObject({
  id,
  title: text(200),
  color: z.optional(z.string().check(z.regex(COLOR_PATTERN, "must be a colour like #1f77b4"))),
});

export const sourceSchema = z
  .strictObject({
    id,
    title: text(500),
    publisher: text(200),
    author: described(
      nullish(text(200)),
      "Null or absent: the article names no author (or it is not known).",
    ),
    published: described(
      z.nullable(isoDate),
      "Null when the page prints no date (outcome pages only): it counts as published no earlier than the event it reports.",
    ),
    publishedWithin: described(
      z.optional(z.string().check(z.regex(DAY_SPAN, NOT_A_DAY_SPAN))),
      "For a page that prints no date whose `published` day was worked out from its text: the days it lies within, FROM/TO (2016-05-10/2016-05-13), `published` among them.",
    ),
    url: httpUrl,
    evidence: described(
      z.optional(z.enum(EVIDENCE_TYPES)),
      "Absent: a news article. `wiki`: wiki text or a copy of it, shown to readers as such.",
    ),
  })
  .check(
    z.refine((s) => s.publishedWithin === undefined || publishedWithin(s.published, s.publishedWithin), {
      message: "must be two real days holding the published day: FROM on or before it, TO on or after it",
      path: ["publishedWithin"],
    }),
  );

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  event: described(id, "The id of the other event: this event is <type> that one."),
});

/** An event's relations, or a claim's: the limit said once. */
const relations = z
  .array(relationSchema)
  .check(atMost(100, (n) => `has ${n} relations; at most 100 are allowed`));

/** What one source said about the event's date; any field left out is not part of its claim. */
export const claimSchema = z.strictObject({
  start: described(nullish(edtf), "Null: the source says no date is known."),
  end: described(nullish(edtf), "Windows only."),
  certainty: z.optional(z.enum(CERTAINTIES)),
  relations: described(z.optional(relations), "The order this source gave; alone, an order-only claim."),
});

/** Said of an outcome with no date; exported so that the spreadsheet can name its columns instead. */
export const OUTCOME_WITHOUT_DATE =
  "an outcome needs the date it reports: claim.start (or claim.end for the end of a window)";

export const citationSchema = z
  .strictObject({
    source: id,
    quote: text(5000, " (the quote check passes over one in the article's passage: a quote leaves it out)"),
    claim: described(
      z.optional(claimSchema),
      "What this source said about the date. Absent: the citation supports the event's own date.",
    ),
    outcome: described(
      z.optional(z.literal(true)),
      "This citation reports what actually happened (not a prediction); claim then gives the date.",
    ),
    note: described(
      z.optional(text(2000)),
      "Shown with the quote: how indirect its support is, or how it was read.",
    ),
  })
  .check(
    z.refine((c) => c.outcome !== true || c.claim?.start != null || c.claim?.end != null, {
      message: OUTCOME_WITHOUT_DATE,
      path: ["claim"],
    }),
  );

export const eventSchema = z.strictObject({
  id,
  show: described(id, "The id of a show in shows[]."),
  season: described(z.optional(z.int().check(z.gte(1), z.lte(1000))), "Absent for a miniseries."),
  kind: z.enum(EVENT_KINDS),
  label: text(300),
  start: described(nullish(edtf), "Null or absent: no date known yet (shown as 'date not announced')."),
  end: described(nullish(edtf), "Windows only (filming, production). Absent: the end has not been reported."),
  certainty: z.enum(CERTAINTIES),
  relations: z.optional(relations),
  citations: z.array(citationSchema).check(
    z.minLength(1, "every event needs at least one citation"),
    atMost(100, (n) => `has ${n} citations; at most 100 are allowed`),
  ),
  note: z.optional(text(2000)),
});

/** The top level is checked strictly; items are checked one by one so that one bad item loses nothing else. */
export const datasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  title: z.optional(text(300)),
  shows: z.array(showSchema),
  sources: z.array(sourceSchema),
  events: z.array(eventSchema),
});

export type Show = z.infer<typeof showSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
