import { z } from "zod";
import { isDrawableEdtf } from "../dates/isDrawableEdtf.ts";
import { isHttpUrl } from "./isHttpUrl.ts";
import { unsafeCharacter } from "./unsafeCharacter.ts";
import { CERTAINTIES, EVENT_KINDS, EVIDENCE_TYPES, RELATION_TYPES } from "./vocabulary.ts";

// The page's CSP allows no eval: zod must not compile parsers with `new Function`, nor even probe for it.
z.config({ jitless: true });

export { CERTAINTIES, EVENT_KINDS, EVIDENCE_TYPES, RELATION_TYPES, WINDOW_KINDS } from "./vocabulary.ts";
export type { Certainty, EventKind, Evidence, RelationType } from "./vocabulary.ts";

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens, like luke-cage-1-release")
  .max(120);

/** Text a reader sees: never empty, and free of characters that could reorder or hide what is shown. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max)
    .superRefine((value, ctx) => {
      const found = unsafeCharacter(value);
      if (found) {
        ctx.addIssue({
          code: "custom",
          message: `contains ${found}, an invisible control or direction character that could disguise the text`,
        });
      }
    });

/** Only absolute http(s) URLs: z.url() alone would let `javascript:` through. */
const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/i, { message: "must be an absolute http:// or https:// URL", abort: true })
  .refine((value) => unsafeCharacter(value) === null, {
    message: "must not contain control characters",
    abort: true,
  })
  .refine(isHttpUrl, "must be an absolute http:// or https:// URL");

const isoDate = z.iso.date({ message: "must be an ISO date like 2016-05-11" });

const edtf = z
  .string()
  .refine(
    isDrawableEdtf,
    "is not a calendar date in EDTF (like 2016-09-30, 2016-05~, 2016-36 or 2016-10/2016-12)",
  )
  .meta({
    description:
      "An EDTF date (Library of Congress Extended Date/Time Format, ISO 8601-2): 2016-09-30, 2016-05, 2017, " +
      "2016-05~ (approximate), 2016-05? (uncertain), 2016-36 (Q4), 2015-23 (autumn), 2016-10/2016-12, 2017/..",
  });

export const showSchema = z.strictObject({
  id,
  title: text(200),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f77b4")
    .optional(),
});

export const sourceSchema = z.strictObject({
  id,
  title: text(500),
  publisher: text(200),
  author: text(200)
    .nullable()
    .optional()
    .meta({ description: "Null or absent: the article names no author (or it is not known)." }),
  published: isoDate.nullable().meta({
    description:
      "Null when the page prints no date (outcome pages only): it counts as published no earlier than the event it reports.",
  }),
  url: httpUrl,
  evidence: z.enum(EVIDENCE_TYPES).optional().meta({
    description: "Absent: a news article. `wiki`: wiki text or a copy of it, shown to readers as such.",
  }),
});

const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  event: id.meta({ description: "The id of the other event: this event is <type> that one." }),
});

/** What one source said about the event's date; any field left out is not part of its claim. */
export const claimSchema = z.strictObject({
  start: edtf.nullable().optional().meta({ description: "Null: the source says no date is known." }),
  end: edtf.nullable().optional().meta({ description: "Windows only." }),
  certainty: z.enum(CERTAINTIES).optional(),
  relations: z
    .array(relationSchema)
    .max(100)
    .optional()
    .meta({ description: "The order this source gave; alone, an order-only claim." }),
});

export const citationSchema = z
  .strictObject({
    source: id,
    quote: text(5000),
    claim: claimSchema.optional().meta({
      description:
        "What this source said about the date. Absent: the citation supports the event's own date.",
    }),
    outcome: z.literal(true).optional().meta({
      description:
        "This citation reports what actually happened (not a prediction); claim then gives the date.",
    }),
    note: text(2000)
      .optional()
      .meta({ description: "Shown with the quote: how indirect its support is, or how it was read." }),
  })
  .refine((c) => c.outcome !== true || c.claim?.start != null || c.claim?.end != null, {
    message: "an outcome needs the date it reports: claim.start (or claim.end for the end of a window)",
    path: ["claim"],
  });

export const eventSchema = z.strictObject({
  id,
  show: id.meta({ description: "The id of a show in shows[]." }),
  season: z.int().min(1).max(1000).optional().meta({ description: "Absent for a miniseries." }),
  kind: z.enum(EVENT_KINDS),
  label: text(300),
  start: edtf
    .nullable()
    .optional()
    .meta({ description: "Null or absent: no date known yet (shown as 'date not announced')." }),
  end: edtf
    .nullable()
    .optional()
    .meta({ description: "Windows only (filming, production). Absent: the end has not been reported." }),
  certainty: z.enum(CERTAINTIES),
  relations: z.array(relationSchema).max(100).optional(),
  citations: z.array(citationSchema).min(1, "every event needs at least one citation").max(100),
  note: text(2000).optional(),
});

/** The top level is checked strictly; items are checked one by one so that one bad item loses nothing else. */
export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  title: text(300).optional(),
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
