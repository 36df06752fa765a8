import { placeOf, stoppedAt } from "./jsonSlip.ts";

/**
 * A text that ends before its JSON does (a download or a copy cut short, a file saved half written), said
 * with the line it ends at and what is still open; null when the parser stopped before its end.
 */
export function cutShort(text: string, message: string): string | null {
  const end = text.trimEnd().length;
  const stopped = stoppedAt(text, message);
  // Without a place, the message says it (V8: "Unexpected end of JSON input"; Safari: "Unexpected EOF").
  if (stopped === null ? !/\bend of (JSON|data)|\bEOF\b|unterminated/i.test(message) : stopped < end)
    return null;
  let string = false;
  const open: string[] = [];
  for (let i = 0; i < end; i += 1) {
    const c = text[i];
    if (string) {
      if (c === "\\") i += 1;
      else if (c === '"') string = false;
    } else if (c === '"') string = true;
    else if (c === "[" || c === "{") open.push(c);
    else if (c === "]" || c === "}") open.pop();
  }
  const count = (bracket: string, one: string, many: string) => {
    const n = open.filter((c) => c === bracket).length;
    return n === 0 ? [] : [n === 1 ? one : `${n} ${many}`];
  };
  const what = [
    ...(string ? ["a string"] : []),
    ...count("{", "an object", "objects"),
    ...count("[", "a list", "lists"),
  ];
  if (what.length === 0) return null;
  const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(", ")} and ${what.at(-1)}`;
  return (
    `The file ends at line ${placeOf(text, end)[0]} before its JSON does, with ${list} still open: was it ` +
    "cut short, or saved before it was finished? Get the whole file again, or finish it in an editor."
  );
}
