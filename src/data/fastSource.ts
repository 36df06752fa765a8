import { plainDate } from "../dates/edtfInterval.ts";
import { HTTP_URL_PATTERN } from "./formatPatterns.ts";
import type { Source } from "./schema.ts";
import {
  ASK,
  isId,
  isOneOf,
  keyOrder,
  plainFields,
  reuse,
  text,
  wasInOrder,
  type Mutable,
} from "./fastFields.ts";
import { isHttpUrl } from "./isHttpUrl.ts";
import { publishedWithin } from "./publishedWithin.ts";
import { unsafeCharacter } from "./unsafeCharacter.ts";
import { EVIDENCE_TYPES } from "./vocabulary.ts";

/*
 * sourceSchema (schema.ts) written out by hand, as fastEvent() is for events: the source as zod would give
 * it, or null ("ask the schema") for anything the schema would refuse. A property test holds the two together.
 */

const SOURCE_KEYS = keyOrder([
  "id",
  "title",
  "publisher",
  "author",
  "published",
  "publishedWithin",
  "url",
  "evidence",
]);

/**
 * The days of publication the fast path takes are before this: laterThanToday(), as the validator makes it,
 * written out (imported, it cost 18 bytes more before the first draw, of 7 to spare). Made once: a page left
 * open past midnight only sends more files to the validator, which makes it afresh.
 */
const LATER = new Date(Date.now() + 864e5).toJSON();

/**
 * zod's z.iso.date() (a real Gregorian day, written YYYY-MM-DD, year 0000 included) before LATER: a day of
 * publication after today is a warning, the validator's to word.
 */
const isPastDay = (value: unknown): value is string =>
  // Of plainDate's forms (`2016`, `2016-05~`…), only YYYY-MM-DD has ten characters.
  typeof value === "string" && value.length === 10 && value < LATER && plainDate(value) !== null;

/** schema.ts's httpUrl. */
const isSourceUrl = (value: unknown): value is string =>
  typeof value === "string" &&
  value.length <= 2000 &&
  HTTP_URL_PATTERN.test(value) &&
  unsafeCharacter(value) === null &&
  isHttpUrl(value);

/** The source as sourceSchema.parse() would give it, or null when the schema would refuse it. */
export function fastSource(raw: unknown): Source | null {
  const fields = plainFields(raw, SOURCE_KEYS);
  if (fields === null) return ASK;
  const inOrder = wasInOrder();
  const { id, author, published, url, evidence } = fields;
  const title = text(fields["title"], 500);
  const publisher = text(fields["publisher"], 200);
  if (!isId(id) || title === null || publisher === null) return ASK;
  const out: Mutable<Source> = { id, title, publisher } as Mutable<Source>;
  if ("author" in fields) {
    if (author == null) out.author = author;
    else {
      const name = text(author, 200);
      if (name === null) return ASK;
      out.author = name;
    }
  }
  // Nullable, not optional: the key must be there.
  if (published !== null && !isPastDay(published)) return ASK;
  out.published = published;
  if ("publishedWithin" in fields) {
    const within = fields["publishedWithin"];
    if (within !== undefined && (typeof within !== "string" || !publishedWithin(published, within)))
      return ASK;
    out.publishedWithin = within as string;
  }
  if (!isSourceUrl(url)) return ASK;
  out.url = url;
  if ("evidence" in fields) {
    if (evidence !== undefined && !isOneOf(EVIDENCE_TYPES, evidence)) return ASK;
    out.evidence = evidence;
  }
  return reuse(fields, inOrder, out);
}
