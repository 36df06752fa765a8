import { createScanner } from "jsonc-parser";
import { printable } from "./printable.ts";
import { ProblemLog, type OmittedProblems, type Problem } from "./problemLog.ts";

// jsonc-parser's SyntaxKind, the tokens followed here (a const enum, which an isolated module cannot read).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const STRING = 10;
const EOF = 17;

/** An object or a list the scan is in, and where in it: the key (and each key's first line) or the index. */
type Open =
  | { readonly kind: "object"; readonly keys: Map<string, number>; key: string; expectsKey: boolean }
  | { readonly kind: "list"; index: number };

/** `events[3].start`: where the scan is. */
function pathWords(open: readonly Open[]): string {
  let words = "";
  for (const at of open)
    words += at.kind === "list" ? `[${at.index}]` : `${words === "" ? "" : "."}${printable(at.key, 80)}`;
  return words;
}

/**
 * The keys a JSON text gives twice in one object (`"start"` twice in an event), which `JSON.parse` reads
 * as the last without a word: each said once, where it is, as kept (the event is drawn, by the last). The
 * text, already parsed, is read again token by token (jsonc-parser's scanner), about as long as the parse
 * took; with a stack of its own, not the call stack, so that no depth of nesting that JSON.parse reads
 * overflows it.
 */
export function duplicateKeys(text: string): {
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedProblems[];
} {
  const log = new ProblemLog();
  const scanner = createScanner(text, true);
  const open: Open[] = [];
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const at = open.at(-1);
    if (token === OPEN_BRACE) open.push({ kind: "object", keys: new Map(), key: "", expectsKey: true });
    else if (token === OPEN_BRACKET) open.push({ kind: "list", index: 0 });
    else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) open.pop();
    else if (token === COMMA && at?.kind === "list") at.index += 1;
    else if (token === COMMA && at?.kind === "object") at.expectsKey = true;
    else if (token === STRING && at?.kind === "object" && at.expectsKey) {
      const [key, line] = [scanner.getTokenValue(), scanner.getTokenStartLine() + 1];
      const first = at.keys.get(key);
      at.key = key;
      at.expectsKey = false;
      if (first === undefined) {
        at.keys.set(key, line);
        continue;
      }
      const path = pathWords(open);
      log.add(
        "a key given twice",
        () => ({
          id: null,
          path,
          reason: `"${printable(key, 80)}" is given twice in one object (${first === line ? `both on line ${first}` : `lines ${first} and ${line}`}): the last is read, as JSON is; delete the one not meant`,
        }),
        "kept",
      );
    }
  }
  return { problems: log.problems, omitted: log.omitted };
}
