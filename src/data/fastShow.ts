import { COLOR_PATTERN } from "./formatPatterns.ts";
import type { Show } from "./schema.ts";
import { ASK, isId, keyOrder, plainFields, reuse, text, wasInOrder, type Mutable } from "./fastFields.ts";

/*
 * showSchema (schema.ts) written out by hand, as fastEvent() is for events: the show as zod would give it,
 * or null ("ask the schema") for anything the schema would refuse. A property test holds the two together.
 */

const SHOW_KEYS = keyOrder(["id", "title", "color"]);

/** The show as showSchema.parse() would give it, or null when the schema would refuse it. */
export function fastShow(raw: unknown): Show | null {
  const fields = plainFields(raw, SHOW_KEYS);
  if (fields === null) return ASK;
  const inOrder = wasInOrder();
  const { id, color } = fields;
  const title = text(fields["title"], 200);
  if (!isId(id) || title === null) return ASK;
  const out: Mutable<Show> = { id, title };
  if ("color" in fields) {
    if (color !== undefined && !(typeof color === "string" && COLOR_PATTERN.test(color))) return ASK;
    out.color = color;
  }
  return reuse(fields, inOrder, out);
}
