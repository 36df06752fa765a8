import type * as z from "zod/mini";
import { printable } from "./printable.ts";

/** Said of a required field left out (or an empty cell), by the schema and before it alike. */
export const MISSING = "is required but missing";
/** What a value is said to be after what it should be: cut off, it leaves the problem's kind. */
export const BUT_IS = ", but is ";
/** A value that is not one of the format's words (a kind, a certainty, a relation type). */
export const NOT_ONE_OF = "should be one of ";
/** A word a vocabulary refused: "should be one of …", or of a vocabulary of one word, `should be "wiki"`. */
export const NOT_A_WORD = /^should be (one of |")/;
/** A flag that is not `true`. */
export const NOT_TRUE = "should be true";
/** A number the schema refused: not one, not whole, or out of its range. */
export const NOT_IN_RANGE = /^should be (a number|a whole number|at least|at most)\b/;

/** What a type is called, as someone who writes JSON by hand would call it. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list ([…])",
  object: "an object ({…})",
  null: "null",
};

/** A value from the file, said briefly: `the number 5`, `the text "five"`, `a list`. */
function valueWords(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text "${printable(value, 40)}"`;
    case "number":
      return Number.isInteger(value) ? `the number ${value}` : `${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const literal = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));
/** A value said beside the words it should be: quoted as they are. */
const asWord = (value: unknown) =>
  typeof value === "string" ? `"${printable(value, 40)}"` : valueWords(value);

/**
 * The schema's problems in plain words ("should be text, but is the number 5"), in place of zod's locale
 * ("Invalid input: expected string, received number"), which speaks of types as code does. Messages a schema
 * gives itself (NOT_A_DAY, "must not be empty") come first; this says the rest.
 */
export function plainIssue(issue: z.core.$ZodRawIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return MISSING;
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}${BUT_IS}${valueWords(input)}`;
    case "invalid_value": {
      const [only, ...more] = issue.values.map(literal);
      const is = `${BUT_IS}${asWord(input)}`;
      // A flag (an outcome) is set by true and unset by leaving it out, not by false or "yes".
      if (more.length === 0)
        return `should be ${only ?? "nothing"}${only === "true" ? " (or left out)" : ""}${is}`;
      return `${NOT_ONE_OF}${[only, ...more.slice(0, -1)].join(", ")} or ${more.at(-1) ?? ""}${is}`;
    }
    case "too_small":
      return issue.origin === "number" || issue.origin === "int"
        ? `should be at least ${String(issue.minimum)}${BUT_IS}${String(input)}`
        : `should have at least ${String(issue.minimum)} ${issue.origin === "string" ? "characters" : "entries"}`;
    case "too_big":
      return issue.origin === "number" || issue.origin === "int"
        ? `should be at most ${String(issue.maximum)}${BUT_IS}${String(input)}`
        : `should have at most ${String(issue.maximum)} ${issue.origin === "string" ? "characters" : "entries"}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""}`;
    default:
      return "is not a value this field takes";
  }
}
