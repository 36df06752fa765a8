import * as z from "zod/mini";
import { HTTP_URL_PATTERN, NOT_ITS_OWN_END } from "./formatPatterns.ts";
import { datasetSchema } from "./schema.ts";
import { EVENT_KINDS, WINDOW_KINDS } from "./vocabulary.ts";

type Node = { [key: string]: unknown };

/** The JSON Schema editors use to check datasets as people type; generated from the zod schema. */
export function jsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: "draft-2020-12" });
  const document = {
    ...withEditorRules(schema as Node),
    $id: "timeline.schema.json",
    title: "Marvel × Netflix timeline dataset",
    description: "Generated from src/data/schema.ts by `npm run schema`; see docs/data-format.md.",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A string that is not blank: the schema trims text before it asks for one character. */
const NOT_BLANK = "\\S";
/** What an address's scheme is, in any capitals: a JSON Schema pattern has no `i` flag. */
const ANY_CASE_URL = HTTP_URL_PATTERN.source.replace("https?", "[Hh][Tt][Tt][Pp][Ss]?");
const SCHEME = "^[Hh][Tt][Tt][Pp][Ss]?://";
/**
 * What isHttpUrl refuses of an address written right: a user or password before the host
 * ("https://a@b.com"), a `)` no `(` opens (maybe its sentence's `.` after it), one cut short with `…`.
 */
const NOT_AN_ADDRESS = [`${SCHEME}[^/?#]*@`, ...NOT_ITS_OWN_END.map((end) => SCHEME + end)];
const SINGLE_DATES = EVENT_KINDS.filter((kind) => !WINDOW_KINDS.includes(kind));

/**
 * The rules zod checks in code that a JSON Schema can say too, so that an editor's check agrees with the
 * app's on them (a tester found the editor clean where the app refused, and the reverse): text not blank,
 * an address's scheme in any capitals, no user before its host and no end copied from its sentence, an end
 * (the event's or a claim's) only on a window, an event's never without a start, and an outcome giving its
 * date. The rest (references, unique ids, a date EDTF can draw, start before end, invisible characters, a
 * publication span holding its day, quotes) is `npm run check:data`'s.
 */
function withEditorRules(node: Node): Node {
  const out: Node = {};
  for (const [key, value] of Object.entries(node))
    out[key] = Array.isArray(value)
      ? value.map((v: unknown) => (isNode(v) ? withEditorRules(v) : v))
      : isNode(value)
        ? withEditorRules(value)
        : value;
  if (out["type"] === "string" && out["minLength"] === 1 && out["pattern"] === undefined)
    out["pattern"] = NOT_BLANK;
  if (out["pattern"] === HTTP_URL_PATTERN.source) {
    out["pattern"] = ANY_CASE_URL;
    out["not"] = { anyOf: NOT_AN_ADDRESS.map((pattern) => ({ pattern })) };
  }
  const properties = out["properties"];
  if (isNode(properties) && "kind" in properties && "citations" in properties) return withEventRules(out);
  if (isNode(properties) && "outcome" in properties && "quote" in properties)
    return {
      ...out,
      if: { properties: { outcome: { const: true } }, required: ["outcome"] },
      then: {
        required: ["claim"],
        properties: { claim: { anyOf: [givenDate("start"), givenDate("end")] } },
      },
    };
  return out;
}

function withEventRules(event: Node): Node {
  return {
    ...event,
    allOf: [
      {
        if: { properties: { kind: { enum: SINGLE_DATES } }, required: ["kind"] },
        then: {
          properties: {
            end: { type: "null" },
            citations: { items: { properties: { claim: { properties: { end: { type: "null" } } } } } },
          },
        },
      },
      { if: givenDate("end"), then: givenDate("start") },
    ],
  };
}

/** An object whose `field` is a date, not null nor absent. */
const givenDate = (field: "start" | "end"): Node => ({
  required: [field],
  properties: { [field]: { type: "string" } },
});

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);
